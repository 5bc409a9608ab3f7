import type { AtelierTimer } from '@maillage/schema'
import { timerTexts } from './texts.ts'

/**
 * The moments of a countdown announced to screen readers, in seconds left: each minute of the
 * last five, then 30 and 10 seconds — not every second, which would drown everything else.
 */
export const ANNOUNCED_SECONDS = [300, 240, 180, 120, 60, 30, 10] as const

/**
 * What to announce when a running countdown goes from `previousMs` to `currentMs` left: « Temps
 * écoulé » when it reaches zero, « Plus que 2 minutes » when it crosses a moment of
 * {@link ANNOUNCED_SECONDS}, else null. Several moments crossed at once (a tab in the background)
 * announce the last one only.
 */
export function countdownAnnouncement(previousMs: number, currentMs: number): string | null {
  if (currentMs >= previousMs) return null
  if (currentMs <= 0) return timerTexts.announceTimeUp
  let crossed: number | null = null
  for (const seconds of ANNOUNCED_SECONDS) {
    const moment = seconds * 1000
    if (previousMs > moment && currentMs <= moment) crossed = moment
  }
  return crossed === null ? null : timerTexts.announceLeft(crossed)
}

/**
 * What to announce when the facilitator moved the timer from `previous` to `current` (a new
 * revision), `remainingMs` being what is left now; null when nothing moved.
 */
export function timerMoveAnnouncement(
  previous: AtelierTimer,
  current: AtelierTimer,
  remainingMs: number,
): string | null {
  if (current.revision === previous.revision) return null
  switch (current.state) {
    case 'stopped':
      return previous.state === 'stopped' ? null : timerTexts.announceStopped
    case 'paused':
      return previous.state === 'paused'
        ? timerTexts.announceChanged(remainingMs)
        : timerTexts.announcePaused(remainingMs)
    case 'running': {
      if (previous.state === 'paused') return timerTexts.announceResumed(remainingMs)
      // A new start counts from its whole duration; time added leaves them apart.
      const fresh =
        current.durationMs === undefined || Math.abs(current.durationMs - remainingMs) < 2000
      return fresh
        ? timerTexts.announceStarted(current.durationMs ?? remainingMs)
        : timerTexts.announceChanged(remainingMs)
    }
    default: {
      const unknown: never = current.state
      throw new Error(`unknown timer state ${JSON.stringify(unknown)}`)
    }
  }
}
