import { useEffect, useRef, useState } from 'react'
import { TimerState, type AtelierTimer } from '@maillage/schema'
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
  onTimeUp: () => void,
): string {
  const [announcement, setAnnouncement] = useState('')
  const previous = useRef<{ timer: AtelierTimer; remainingMs: number } | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = { timer, remainingMs }
    // The first reading is the state found on arrival: nothing happened in front of the person.
    if (before === null) return
    const moved = timerMoveAnnouncement(before.timer, timer, remainingMs)
    if (moved !== null) {
      setAnnouncement(moved)
      return
    }
    if (timer.state !== TimerState.Running) return
    const crossed = countdownAnnouncement(before.remainingMs, remainingMs)
    if (crossed === null) return
    setAnnouncement(crossed)
    if (remainingMs <= 0) onTimeUp()
  }, [timer, remainingMs, onTimeUp])
  return announcement
}
