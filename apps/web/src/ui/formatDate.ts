/**
 * The time zone of every date and time the app shows: the network lives in Hauts-de-France, so a
 * message, a notification and an atelier read the same hour wherever the reader's browser is.
 */
export const NETWORK_TIME_ZONE = 'Europe/Paris'

// Each formatter is made at its first use, not when this module is evaluated: a browser's first
// `Intl` formatter loads its locale and time zone data (17–90 ms in Chromium), which would otherwise
// be paid by every screen whose code imports this module, before its first paint.
let dateTime: Intl.DateTimeFormat | undefined
let relative: Intl.RelativeTimeFormat | undefined
let shortDate: Intl.DateTimeFormat | undefined

function dateTimeFormat(): Intl.DateTimeFormat {
  dateTime ??= new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: NETWORK_TIME_ZONE,
  })
  return dateTime
}

function relativeFormat(): Intl.RelativeTimeFormat {
  relative ??= new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' })
  return relative
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** A date and time in French, Paris time: « 27 novembre 2026 à 11:40 », « 1er décembre 2026 à 09:05 ». */
export function formatDateTime(iso: string): string {
  return dateTimeFormat()
    .formatToParts(new Date(iso))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
}

/** How long ago, in French (« il y a 5 minutes », « hier »), within a week; else the date, Paris time. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const elapsed = Date.parse(iso) - now
  if (Math.abs(elapsed) < MINUTE_MS) return 'à l’instant'
  if (Math.abs(elapsed) < HOUR_MS)
    return relativeFormat().format(Math.round(elapsed / MINUTE_MS), 'minute')
  if (Math.abs(elapsed) < DAY_MS)
    return relativeFormat().format(Math.round(elapsed / HOUR_MS), 'hour')
  if (Math.abs(elapsed) < 7 * DAY_MS)
    return relativeFormat().format(Math.round(elapsed / DAY_MS), 'day')
  return formatDateTime(iso)
}

/** A `YYYY-MM-DD` date in French short form: « 27/11/2026 ». */
export function formatShortDate(isoDate: string): string {
  // A calendar date has no time zone: read and written in UTC, it stays the day it names.
  shortDate ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' })
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`))
}
