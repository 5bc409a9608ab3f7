import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState, type ReactNode } from 'react'
import { LinkForm, ToolbarButton, useToolbarFocus, focusedChain } from '../../richText/index.ts'
import { composerTexts } from './texts.ts'

interface ComposerAction {
  readonly id: string
  readonly label: string
  readonly shortcut?: string
  readonly isActive: (editor: Editor) => boolean
  readonly run: (editor: Editor) => void
}

const ACTIONS: readonly ComposerAction[] = [
  {
    id: 'bold',
    label: composerTexts.bold,
    shortcut: 'Ctrl+B',
    isActive: (e) => e.isActive('bold'),
    run: (e) => focusedChain(e).toggleBold().run(),
  },
  {
    id: 'italic',
    label: composerTexts.italic,
    shortcut: 'Ctrl+I',
    isActive: (e) => e.isActive('italic'),
    run: (e) => focusedChain(e).toggleItalic().run(),
  },
  {
    id: 'bulletList',
    label: composerTexts.bulletList,
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => focusedChain(e).toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: composerTexts.orderedList,
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => focusedChain(e).toggleOrderedList().run(),
  },
]

/**
 * The small formatting toolbar of a message (WAI-ARIA toolbar pattern, as the document's): bold,
 * italic, lists and link; one tab stop, arrow keys between buttons, `aria-pressed` states.
 */
export function ComposerToolbar(props: { editor: Editor }): ReactNode {
  const { editor } = props
  const [linkOpen, setLinkOpen] = useState(false)
  const { container, focusIndex, setFocusIndex, handleKeyDown } = useToolbarFocus()
  const pressed = useEditorState({
    editor,
    selector: ({ editor: current }): Readonly<Record<string, boolean>> => ({
      ...Object.fromEntries(ACTIONS.map((action) => [action.id, action.isActive(current)])),
      link: current.isActive('link'),
    }),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })
  const buttons: readonly ComposerAction[] = [
    ...ACTIONS,
    {
      id: 'link',
      label: composerTexts.link,
      isActive: (e) => e.isActive('link'),
      run: () => {
        setLinkOpen(true)
      },
    },
  ]

  return (
    <div className="barre-outils-conteneur">
      <div
        ref={container}
        className="barre-outils"
        role="toolbar"
        aria-label={composerTexts.toolbarLabel}
        onKeyDown={handleKeyDown}
      >
        {buttons.map((action, index) => (
          <ToolbarButton
            key={action.id}
            id={action.id}
            label={action.label}
            shortcut={action.shortcut}
            tabbable={index === focusIndex}
            pressed={pressed[action.id] === true}
            onFocus={() => {
              setFocusIndex(index)
            }}
            onRun={() => {
              action.run(editor)
            }}
          />
        ))}
      </div>
      {linkOpen && (
        <LinkForm
          editor={editor}
          onClose={() => {
            setLinkOpen(false)
          }}
        />
      )}
    </div>
  )
}
