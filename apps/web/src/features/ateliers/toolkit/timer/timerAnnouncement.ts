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
 * revision, its move named by `lastAction`), `remainingMs` being what is left now; null when
 * nothing moved.
 */
export function timerMoveAnnouncement(
  previous: AtelierTimer,
  current: AtelierTimer,
  remainingMs: number,
): string | null {
  if (current.revision === previous.revision) return null
  switch (current.lastAction) {
    case 'demarrer':
      return timerTexts.announceStarted(current.durationMs ?? remainingMs)
    case 'pause':
      return timerTexts.announcePaused(remainingMs)
    case 'reprendre':
      return timerTexts.announceResumed(remainingMs)
    case 'ajouter':
      return timerTexts.announceChanged(remainingMs)
    case 'reinitialiser':
      return timerTexts.announceStopped
    case undefined:
      return null
    default: {
      const unknown: never = current.lastAction
      throw new Error(`unknown timer action ${JSON.stringify(unknown)}`)
    }
  }
}
