import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { isSuggesting, setSuggesting } from '@maillage/editor'
import { CiteSourceForm } from './CiteSourceForm.tsx'
import { LinkForm } from './LinkForm.tsx'
import { useSyntheseSources, isSynthese } from './syntheseSources.ts'
import { richTextTexts } from './texts.ts'
import { TABLE_ACTIONS, TOOLBAR_GROUPS, type ToolbarAction } from './toolbarActions.ts'
import { ToolbarButton } from './ToolbarButton.tsx'
import { useToolbarFocus } from './useToolbarFocus.ts'

interface ButtonState {
  readonly active: boolean
  readonly enabled: boolean
}

// While suggesting, only text is proposed: formatting and structure would be dropped, so their
// buttons are disabled, not left doing nothing.
const USABLE_WHILE_SUGGESTING: ReadonlySet<string> = new Set(['comment', 'suggest'])

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys move between
 * buttons, pressed state announced with `aria-pressed`. Re-renders only when a button's state
 * changes, not at every keystroke.
 */
export function Toolbar(props: {
  editor: Editor
  doc: Y.Doc
  /** « Commenter » the selection (Ctrl+Alt+M); absent: no such button. */
  onComment?: (() => void) | undefined
  /** « Suggérer » (suggestion mode), locked on for whoever may only suggest; absent: none. */
  suggestion?: { readonly locked: boolean } | undefined
}): ReactNode {
  const { editor } = props
  const [linkOpen, setLinkOpen] = useState(false)
  // A synthèse cites its sources (`sources` field) from the toolbar.
  const [citeOpen, setCiteOpen] = useState(false)
  const sources = useSyntheseSources(props.doc)
  const synthese = isSynthese(props.doc)
  const { container, focusIndex, setFocusIndex, handleKeyDown } = useToolbarFocus()
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const buttons: Record<string, ButtonState> = {}
      for (const action of [...TOOLBAR_GROUPS.flat(), ...TABLE_ACTIONS]) {
        buttons[action.id] = {
          active: action.isActive?.(current) ?? false,
          enabled: action.canRun?.(current) ?? true,
        }
      }
      const suggesting = isSuggesting(current.state)
      buttons['suggest'] = { active: suggesting, enabled: props.suggestion?.locked !== true }
      return {
        buttons,
        suggesting,
        inTable: current.isActive('table'),
        inLink: current.isActive('link'),
      }
    },
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })

  let index = -1
  const renderButton = (action: ToolbarAction): ReactNode => {
    index++
    const myIndex = index
    const buttonState = state.buttons[action.id]
    return (
      <ToolbarButton
        key={action.id}
        id={action.id}
        label={action.label}
        shortcut={action.shortcut}
        tabbable={myIndex === focusIndex}
        pressed={action.isActive === undefined ? undefined : buttonState?.active}
        disabled={
          buttonState?.enabled === false ||
          (state.suggesting && !USABLE_WHILE_SUGGESTING.has(action.id))
        }
        onFocus={() => {
          setFocusIndex(myIndex)
        }}
        onRun={() => {
          action.run(editor)
        }}
      />
    )
  }

  const groups = state.inTable ? [...TOOLBAR_GROUPS, TABLE_ACTIONS] : TOOLBAR_GROUPS
  return (
    <div className="barre-outils-conteneur">
      <div
        ref={container}
        className="barre-outils"
        role="toolbar"
        aria-label={richTextTexts.toolbarLabel}
        onKeyDown={handleKeyDown}
      >
        {groups.map((group, groupIndex) => (
          <div className="groupe-outils" key={groupIndex}>
            {group.map(renderButton)}
            {groupIndex === 2 &&
              renderButton({
                id: 'link',
                label: 'Lien',
                isActive: (e) => e.isActive('link'),
                run: () => {
                  setCiteOpen(false)
                  setLinkOpen(true)
                },
              })}
            {groupIndex === 2 &&
              props.onComment !== undefined &&
              renderButton({
                id: 'comment',
                label: richTextTexts.comment,
                shortcut: 'Ctrl+Alt+M',
                run: props.onComment,
              })}
            {groupIndex === 2 &&
              synthese &&
              renderButton({
                id: 'cite-source',
                label: richTextTexts.cite,
                run: () => {
                  setLinkOpen(false)
                  setCiteOpen(true)
                },
              })}
          </div>
        ))}
        {props.suggestion !== undefined && (
          <div className="groupe-outils">
            {renderButton({
              id: 'suggest',
              label: richTextTexts.suggest,
              shortcut: 'Ctrl+Alt+S',
              isActive: () => state.suggesting,
              run: () => {
                setSuggesting(editor, !state.suggesting)
              },
            })}
          </div>
        )}
      </div>
      {props.suggestion !== undefined && (
        <p className="note-suggestion" aria-live="polite">
          {state.suggesting &&
            (props.suggestion.locked
              ? richTextTexts.suggestOnlyNote
              : richTextTexts.suggestingNote)}
        </p>
      )}
      {linkOpen && (
        <LinkForm
          editor={editor}
          onClose={() => {
            setLinkOpen(false)
          }}
        />
      )}
      {citeOpen && (
        <CiteSourceForm
          editor={editor}
          sources={sources}
          onClose={() => {
            setCiteOpen(false)
          }}
        />
      )}
    </div>
  )
}
