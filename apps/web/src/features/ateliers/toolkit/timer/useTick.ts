import { useEffect, useState } from 'react'

/**
 * The browser's clock (epoch ms), refreshed every `intervalMs` while `active`: a countdown or
 * fading reactions re-render on their own. Inactive, it stays at its last value and costs nothing.
 */
export function useTick(intervalMs: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const tick = (): void => {
      setNow(Date.now())
    }
    // At once (the value may be old: nothing ticked while inactive), then every interval.
    const first = setTimeout(tick, 0)
    const interval = setInterval(tick, intervalMs)
    return () => {
      clearTimeout(first)
      clearInterval(interval)
    }
  }, [intervalMs, active])
  return now
}
