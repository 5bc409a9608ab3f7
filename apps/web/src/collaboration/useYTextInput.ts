import { useCallback, useRef, useSyncExternalStore, type ChangeEvent, type RefObject } from 'react'
import type * as Y from 'yjs'

/** Origin of the title changes typed in this tab. */
const LOCAL_ORIGIN = 'champ-titre'

/**
 * Binds a text input or a textarea to a Y.Text: typing turns into the minimal delete and insert at the changed
 * span (so two people editing different parts of the title both keep their words), and remote
 * changes update the field while keeping the caret where it was relative to the text.
 */
export function useYTextInput<E extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(
  text: Y.Text,
): {
  ref: RefObject<E | null>
  value: string
  onChange: (event: ChangeEvent<E>) => void
} {
  const ref = useRef<E | null>(null)
  const subscribe = useCallback(
    (notify: () => void) => {
      const handleChange = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
        if (transaction.origin !== LOCAL_ORIGIN && ref.current !== null) {
          keepCaret(event, ref.current)
        }
        notify()
      }
      text.observe(handleChange)
      return () => {
        text.unobserve(handleChange)
      }
    },
    [text],
  )
  const value = useSyncExternalStore(subscribe, () => text.toString())

  return {
    ref,
    value,
    onChange: (event) => {
      const next = event.target.value
      const previous = text.toString()
      const { start, removed, inserted } = spliceBetween(previous, next)
      text.doc?.transact(() => {
        if (removed > 0) text.delete(start, removed)
        if (inserted !== '') text.insert(start, inserted)
      }, LOCAL_ORIGIN)
    },
  }
}

/** The single splice that turns `before` into `after`: common prefix and suffix are kept. */
export function spliceBetween(
  before: string,
  after: string,
): { start: number; removed: number; inserted: string } {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++
  }
  return {
    start,
    removed: before.length - start - end,
    inserted: after.slice(start, after.length - end),
  }
}

// After a remote change, shift the focused input's selection by what was inserted or deleted
// before it, once React has written the new value.
function keepCaret(event: Y.YTextEvent, input: HTMLInputElement | HTMLTextAreaElement): void {
  if (document.activeElement !== input || input.selectionStart === null) return
  const shift = (position: number): number => {
    let index = 0
    let moved = position
    for (const op of event.delta) {
      if (index >= position) break
      if (op.retain !== undefined) index += op.retain
      else if (typeof op.insert === 'string') moved += op.insert.length
      else if (op.delete !== undefined) {
        moved -= Math.min(op.delete, position - index)
        index += op.delete
      }
    }
    return Math.max(0, moved)
  }
  const start = shift(input.selectionStart)
  const end = shift(input.selectionEnd ?? input.selectionStart)
  requestAnimationFrame(() => {
    if (document.activeElement === input) input.setSelectionRange(start, end)
  })
}
