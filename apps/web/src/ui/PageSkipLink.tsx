import { createContext, useContext, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

// Where the frame puts the skip links a page adds, just after its own « Aller au contenu ».
const SkipLinkSlot = createContext<HTMLElement | null>(null)

/** Gives the pages the element where their skip links go (the frame renders it first in the page). */
export const PageSkipLinkSlotProvider = SkipLinkSlot.Provider

/**
 * A skip link of one page (« Aller au texte de la fiche »…), shown on focus like « Aller au
 * contenu » and placed right after it, at the top of the tab order: a keyboard user reaches a
 * long page's main work in two Tab presses instead of dozens. `targetId` names the element it
 * leads to; `onActivate` moves the focus there (a link to an id alone would not enter an editor).
 */
export function PageSkipLink(props: {
  label: string
  targetId: string
  onActivate: () => void
}): ReactNode {
  const slot = useContext(SkipLinkSlot)
  if (slot === null) return null
  return createPortal(
    <a
      className="lien-evitement"
      href={`#${props.targetId}`}
      onClick={(event) => {
        event.preventDefault()
        props.onActivate()
      }}
    >
      {props.label}
    </a>,
    slot,
  )
}
