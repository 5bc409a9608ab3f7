/**
 * The time zone of every date and time the app shows: the network lives in Hauts-de-France, so a
 * message, a notification and an atelier read the same hour wherever the reader's browser is.
 */
export const NETWORK_TIME_ZONE = 'Europe/Paris'

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: NETWORK_TIME_ZONE,
})
const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' })

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** A date and time in French, Paris time: « 27 novembre 2026 à 11:40 », « 1er décembre 2026 à 09:05 ». */
export function formatDateTime(iso: string): string {
  return dateTime
    .formatToParts(new Date(iso))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
}

/** How long ago, in French (« il y a 5 minutes », « hier »), within a week; else the date, Paris time. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const elapsed = Date.parse(iso) - now
  if (Math.abs(elapsed) < MINUTE_MS) return 'à l’instant'
  if (Math.abs(elapsed) < HOUR_MS) return relative.format(Math.round(elapsed / MINUTE_MS), 'minute')
  if (Math.abs(elapsed) < DAY_MS) return relative.format(Math.round(elapsed / HOUR_MS), 'hour')
  if (Math.abs(elapsed) < 7 * DAY_MS) return relative.format(Math.round(elapsed / DAY_MS), 'day')
  return formatDateTime(iso)
}

// A calendar date has no time zone: read and written in UTC, it stays the day it names.
const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' })

/** A `YYYY-MM-DD` date in French short form: « 27/11/2026 ». */
export function formatShortDate(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`))
}
