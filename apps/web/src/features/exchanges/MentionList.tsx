import type { Editor } from '@tiptap/core'
import { useEffect, useId, useSyncExternalStore, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { MentionPopup, MentionPopupState } from './MentionPopup.ts'
import { composerTexts } from './texts.ts'

/**
 * The list of people to mention, under the caret while `@name` is typed (the suggestion plugin
 * positions it), in the WAI-ARIA combobox pattern: the composer is the combobox (`aria-expanded`,
 * `aria-controls` while the list shows, `aria-activedescendant` on the highlighted option, which
 * is `aria-selected`), so that screen readers announce the person ↑/↓ move to; Entrée or Tab
 * choose, Échap closes. The focus stays in the editor. A polite status says how many people are
 * listed, or, while no one is, why (searching, nobody found, failure).
 */
export function MentionList(props: { popup: MentionPopup; editor: Editor }): ReactNode {
  const { popup, editor } = props
  const state = useSyncExternalStore(popup.subscribe, popup.getState)
  const listId = useId()
  const optionId = (index: number) => `${listId}-personne-${index}`
  const listed = state.host !== null && state.people.length > 0
  const activeId = listed ? optionId(state.active) : null

  // The composer is a combobox for as long as it offers mentions. Set on the element here rather
  // than in the editor's attributes, which ProseMirror only rewrites when they change; a
  // combobox takes no `aria-multiline` (ARIA 1.2), which the plain composer keeps.
  useEffect(() => {
    const dom = editor.view.dom
    const before = { role: dom.getAttribute('role'), multiline: dom.getAttribute('aria-multiline') }
    dom.setAttribute('role', 'combobox')
    dom.setAttribute('aria-haspopup', 'listbox')
    dom.removeAttribute('aria-multiline')
    return () => {
      for (const name of [
        'aria-haspopup',
        'aria-expanded',
        'aria-controls',
        'aria-activedescendant',
      ])
        dom.removeAttribute(name)
      if (before.role !== null) dom.setAttribute('role', before.role)
      if (before.multiline !== null) dom.setAttribute('aria-multiline', before.multiline)
    }
  }, [editor])

  useEffect(() => {
    const dom = editor.view.dom
    dom.setAttribute('aria-expanded', String(listed))
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
        {listed ? composerTexts.mentionCount(state.people.length) : statusOf(state)}
      </p>
    </div>,
    state.host,
  )
}

function statusOf(state: MentionPopupState): string {
  if (state.loading) return composerTexts.mentionLoading
  return state.failed ? composerTexts.mentionFailed : composerTexts.mentionNone
}
