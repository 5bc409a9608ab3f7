import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { LinkForm } from './LinkForm.tsx'
import { documentTexts } from './texts.ts'
import { TABLE_ACTIONS, TOOLBAR_GROUPS, type ToolbarAction } from './toolbarActions.ts'

interface ButtonState {
  readonly active: boolean
  readonly enabled: boolean
}

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys move between
 * buttons, pressed state announced with `aria-pressed`. Re-renders only when a button's state
 * changes, not at every keystroke.
 */
export function Toolbar(props: { editor: Editor }): ReactNode {
  const { editor } = props
  const [linkOpen, setLinkOpen] = useState(false)
  const [focusIndex, setFocusIndex] = useState(0)
  const container = useRef<HTMLDivElement>(null)
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
      return { buttons, inTable: current.isActive('table'), inLink: current.isActive('link') }
    },
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  })

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const buttons = [...(container.current?.querySelectorAll('button') ?? [])]
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (current === -1) return
    const last = buttons.length - 1
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (current - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    buttons[next]?.focus()
    setFocusIndex(next)
  }

  let index = -1
  const renderButton = (action: ToolbarAction): ReactNode => {
    index++
    const myIndex = index
    const buttonState = state.buttons[action.id]
    return (
      <button
        key={action.id}
        type="button"
        className={`outil outil-${action.id}`}
        tabIndex={myIndex === focusIndex ? 0 : -1}
        aria-pressed={action.isActive === undefined ? undefined : buttonState?.active}
        aria-disabled={buttonState?.enabled === false ? true : undefined}
        title={
          action.shortcut === undefined ? action.label : `${action.label} (${action.shortcut})`
        }
        onFocus={() => {
          setFocusIndex(myIndex)
        }}
        onMouseDown={(event) => {
          // Keep the editor's selection: the button acts on it.
          event.preventDefault()
        }}
        onClick={() => {
          if (buttonState?.enabled !== false) action.run(editor)
        }}
      >
        {action.label}
      </button>
    )
  }

  const groups = state.inTable ? [...TOOLBAR_GROUPS, TABLE_ACTIONS] : TOOLBAR_GROUPS
  return (
    <div className="barre-outils-conteneur">
      <div
        ref={container}
        className="barre-outils"
        role="toolbar"
        aria-label={documentTexts.toolbarLabel}
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
                  setLinkOpen(true)
                },
              })}
          </div>
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
