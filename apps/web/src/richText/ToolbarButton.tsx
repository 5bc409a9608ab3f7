import type { ReactNode } from 'react'

/**
 * One button of a formatting toolbar (the document's or a message's): it keeps the editor's
 * selection on mouse down, shows its shortcut in its title, and does nothing while `disabled`
 * (announced with `aria-disabled`, so it stays reachable with the arrow keys).
 */
export function ToolbarButton(props: {
  id: string
  label: string
  shortcut?: string | undefined
  /** Whether it is the toolbar's one tab stop. */
  tabbable: boolean
  /** `aria-pressed`; `undefined` for a button that is not a toggle. */
  pressed: boolean | undefined
  disabled?: boolean
  onFocus: () => void
  onRun: () => void
}): ReactNode {
  const { label, shortcut } = props
  return (
    <button
      type="button"
      className={`outil outil-${props.id}`}
      tabIndex={props.tabbable ? 0 : -1}
      aria-pressed={props.pressed}
      aria-disabled={props.disabled === true ? true : undefined}
      title={shortcut === undefined ? label : `${label} (${shortcut})`}
      onFocus={props.onFocus}
      onMouseDown={(event) => {
        // Keep the editor's selection: the button acts on it.
        event.preventDefault()
      }}
      onClick={() => {
        if (props.disabled !== true) props.onRun()
      }}
    >
      {label}
    </button>
  )
}
