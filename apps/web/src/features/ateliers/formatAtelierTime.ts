import { ATELIER_TIME_ZONE } from '@maillage/schema'

// Ateliers happen in Hauts-de-France: their times are shown in Paris time wherever the reader is.
const day = new Intl.DateTimeFormat('fr-FR', {
  timeZone: ATELIER_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const time = new Intl.DateTimeFormat('fr-FR', {
  timeZone: ATELIER_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
})
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: ATELIER_TIME_ZONE,
  dateStyle: 'long',
  timeStyle: 'short',
})
// `sv-SE` writes `2026-07-02 14:00`, which sorts and compares as text.
const wallClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ATELIER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `format` of `instant`, the first of the month written « 1er » as French does. */
function formatWithFirst(format: Intl.DateTimeFormat, instant: Date): string {
  return format
    .formatToParts(instant)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
}

/** When an atelier takes place, as its views give it (ISO instants, absent while not set). */
export interface AtelierTiming {
  readonly startsAt?: string
  readonly endsAt?: string
}

/**
 * The day of an atelier in French, Paris time: « jeudi 2 juillet 2026 », « mardi 1er décembre
 * 2026 »; null while not set.
 */
export function formatAtelierDay(timing: AtelierTiming): string | null {
  return timing.startsAt === undefined ? null : formatWithFirst(day, new Date(timing.startsAt))
}

/** Start and end of an atelier, Paris time: « 14:00 – 15:30 »; null while not set. */
export function formatAtelierHours(timing: AtelierTiming): string | null {
  if (timing.startsAt === undefined) return null
  const start = time.format(new Date(timing.startsAt))
  return timing.endsAt === undefined ? start : `${start} – ${time.format(new Date(timing.endsAt))}`
}

/**
 * A date and time in French, Paris time, like the ateliers' own: « 27 novembre 2026 à 16:03 »,
 * « 1er décembre 2026 à 09:05 ».
 */
export function formatParisDateTime(iso: string): string {
  return formatWithFirst(dateTime, new Date(iso))
}

/** A time of day in French, Paris time: « 14:05 ». */
export function formatParisTime(iso: string): string {
  return time.format(new Date(iso))
}

/** A duration in minutes as French writes it: « 45 min », « 1 h », « 1 h 30 ». */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`
}

/** The wall-clock date and time in Paris at `instant`, as `YYYY-MM-DD HH:MM`. */
export function parisWallClock(instant: Date): string {
  return wallClock.format(instant)
}

/**
 * Whether an atelier dated `date` (`YYYY-MM-DD`, Paris) is on a later day than `now` in Paris:
 * its session is being started ahead of time. False without a date.
 */
export function isBeforeAtelierDay(date: string, now: Date): boolean {
  return date !== '' && parisWallClock(now).slice(0, 10) < date
}
