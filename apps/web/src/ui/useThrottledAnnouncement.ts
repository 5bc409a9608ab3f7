import { useEffect, useRef, useState } from 'react'

/** Quiet time after a first change before it is said, so that one burst of typing is one message. */
const SETTLE_MS = 1000

/**
 * The text of a polite live region that tells how `current` changed, at most once every
 * `intervalMs`: while someone types, a screen reader hears a summary now and then instead of a
 * message per keystroke. `describe` compares what was last said with what is now (null: nothing
 * worth saying); it must be a stable function. The first value is the baseline and is not said.
 */
export function useThrottledAnnouncement<T>(
  current: T,
  describe: (previous: T, current: T) => string | null,
  intervalMs: number,
): string {
  const [text, setText] = useState('')
  const announced = useRef(current)
  const latest = useRef(current)
  const lastSaidAt = useRef(Number.NEGATIVE_INFINITY)
  const timer = useRef<number | null>(null)

  useEffect(() => {
    latest.current = current
    if (timer.current !== null || describe(announced.current, current) === null) return
    const delay = Math.max(SETTLE_MS, lastSaidAt.current + intervalMs - Date.now())
    timer.current = window.setTimeout(() => {
      timer.current = null
      const message = describe(announced.current, latest.current)
      announced.current = latest.current
      if (message === null) return
      lastSaidAt.current = Date.now()
      setText(message)
    }, delay)
  }, [current, describe, intervalMs])

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current)
      timer.current = null
    },
    [],
  )
  return text
}
