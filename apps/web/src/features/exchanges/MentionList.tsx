import type { Editor } from '@tiptap/core'
import { useEffect, useId, useSyncExternalStore, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { MentionPopup, MentionPopupState } from './MentionPopup.ts'
import { composerTexts } from './texts.ts'

/**
 * The list of people to mention, under the caret while `@name` is typed (the suggestion plugin
 * positions it). The focus stays in the editor: the highlighted person is announced through the
 * editor's `aria-activedescendant`, ↑/↓ move, Entrée or Tab choose, Échap closes. While no one
 * is listed, a row that cannot be chosen says why (searching, nobody found, failure), politely.
 */
export function MentionList(props: { popup: MentionPopup; editor: Editor }): ReactNode {
  const { popup, editor } = props
  const state = useSyncExternalStore(popup.subscribe, popup.getState)
  const listId = useId()
  const optionId = (index: number) => `${listId}-personne-${index}`
  const listed = state.host !== null && state.people.length > 0
  const activeId = listed ? optionId(state.active) : null

  useEffect(() => {
    const dom = editor.view.dom
    if (listed) dom.setAttribute('aria-controls', listId)
    else dom.removeAttribute('aria-controls')
    if (activeId === null) dom.removeAttribute('aria-activedescendant')
    else dom.setAttribute('aria-activedescendant', activeId)
  }, [editor, listed, listId, activeId])

  if (state.host === null) return null
  return createPortal(
    <div className="liste-mentions">
      {listed && (
        <ul id={listId} role="listbox" aria-label={composerTexts.mentionList}>
          {state.people.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === state.active}
              className={index === state.active ? 'option-mention active' : 'option-mention'}
              onMouseDown={(event) => {
                // Keep the editor's focus and selection: the mention goes where the caret is.
                event.preventDefault()
              }}
              onClick={() => {
                popup.choose(person)
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
      {/* Always there while the popup is open, so that a change of its words is announced. */}
      <p className={listed ? 'visuellement-cache' : 'etat-mentions'} role="status">
        {listed ? '' : statusOf(state)}
      </p>
    </div>,
    state.host,
  )
}

function statusOf(state: MentionPopupState): string {
  if (state.loading) return composerTexts.mentionLoading
  return state.failed ? composerTexts.mentionFailed : composerTexts.mentionNone
}
