import type { ReactNode } from 'react'
import { PageSkipLink } from '../../ui/PageSkipLink.tsx'
import { documentTexts } from './texts.ts'

/**
 * The skip link to a document's rich text, at the top of the tab order: a fiche action's text
 * comes after its title, its fields and the toolbar, dozens of Tab presses down. It puts the
 * focus in the editor, or on its region when the text is read-only (`targetId`, focusable with
 * `tabIndex={-1}`).
 */
export function EditorSkipLink(props: { targetId: string; kind: string }): ReactNode {
  const { targetId } = props
  return (
    <PageSkipLink
      label={props.kind === 'fiche-action' ? documentTexts.skipToFiche : documentTexts.skipToText}
      targetId={targetId}
      onActivate={() => {
        const region = document.getElementById(targetId)
        const editable = region?.querySelector<HTMLElement>('[contenteditable="true"]')
        ;(editable ?? region)?.focus()
      }}
    />
  )
}
