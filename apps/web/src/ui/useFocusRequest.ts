import { useCallback, useEffect, useReducer, useRef } from 'react'

/**
 * Moves the focus to the element of a given id once it is on the page: `requestFocus(id)` after
 * an action whose button disappears or is disabled (a removal, a save), so that the focus goes
 * where the person continues instead of falling to the page. The request waits through renders
 * until the element exists, and is dropped once honoured.
 */
export function useFocusRequest(): (elementId: string) => void {
  const pending = useRef<string | null>(null)
  // A render after each request, so that the effect below looks for the element.
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  useEffect(() => {
    if (pending.current === null) return
    const element = document.getElementById(pending.current)
    if (element === null) return
    pending.current = null
    element.focus()
  })
  return useCallback((elementId: string) => {
    pending.current = elementId
    rerender()
  }, [])
}
