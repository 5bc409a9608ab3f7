import { useEffect, useRef, useState } from 'react'
import { TimerState, serverNowOf, timerRemainingMs, type AtelierTimer } from '@maillage/schema'
import { countdownAnnouncement, timerMoveAnnouncement } from './timerAnnouncement.ts'

/**
 * The sentence of the timer's polite live region: the facilitator's moves (start, pause, resume,
 * time added, reset) and, while it runs, the moments of `countdownAnnouncement` (each minute of
 * the last five, 30 s, 10 s, the end). Calls `onTimeUp` when a running countdown reaches zero in
 * front of the person (not when they arrive after it).
 */
export function useTimerAnnouncements(
  timer: AtelierTimer,
  remainingMs: number,
  offsetMs: number,
  onTimeUp: () => void,
): string {
  const [announcement, setAnnouncement] = useState('')
  const previous = useRef<{ timer: AtelierTimer; remainingMs: number } | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = { timer, remainingMs }
    // The first reading is the state found on arrival: nothing happened in front of the person.
    if (before === null) return
    if (timer.revision !== before.timer.revision) {
      // The countdown's clock may not have ticked since the move: read the time afresh.
      const now = serverNowOf(Date.now(), offsetMs)
      const fresh = Math.ceil(timerRemainingMs(timer, now) / 1000) * 1000
      previous.current = { timer, remainingMs: fresh }
      const moved = timerMoveAnnouncement(before.timer, timer, fresh)
      if (moved !== null) setAnnouncement(moved)
      return
    }
    if (timer.state !== TimerState.Running) return
    const crossed = countdownAnnouncement(before.remainingMs, remainingMs)
    if (crossed === null) return
    setAnnouncement(crossed)
    if (remainingMs <= 0) onTimeUp()
  }, [timer, remainingMs, offsetMs, onTimeUp])
  return announcement
}
