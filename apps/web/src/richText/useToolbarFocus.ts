import { useRef, useState, type KeyboardEvent, type RefObject } from 'react'

/** What {@link useToolbarFocus} gives a toolbar: its element, its tab stop and its key handler. */
export interface ToolbarFocus {
  readonly container: RefObject<HTMLDivElement | null>
  /** Index of the button that is the toolbar's one tab stop. */
  readonly focusIndex: number
  readonly setFocusIndex: (index: number) => void
  readonly handleKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
}

/**
 * The roving tab stop of a WAI-ARIA toolbar: arrow keys move between the container's buttons
 * (wrapping around), Home and End go to the first and last; the focused button becomes the tab stop.
 */
export function useToolbarFocus(): ToolbarFocus {
  const [focusIndex, setFocusIndex] = useState(0)
  const container = useRef<HTMLDivElement>(null)

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const buttons = [...(container.current?.querySelectorAll('button') ?? [])]
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (current === -1) return
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (current - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null
    if (next === null) return
    event.preventDefault()
    buttons[next]?.focus()
    setFocusIndex(next)
  }

  return { container, focusIndex, setFocusIndex, handleKeyDown }
}
