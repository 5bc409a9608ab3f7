const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' })
const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' })

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** A date and time in French: "27 novembre 2026 à 11:40". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

/** How long ago, in French ("il y a 5 minutes", "hier"), for dates within a week; else the date. */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const elapsed = Date.parse(iso) - now
  if (Math.abs(elapsed) < MINUTE_MS) return 'à l’instant'
  if (Math.abs(elapsed) < HOUR_MS) return relative.format(Math.round(elapsed / MINUTE_MS), 'minute')
  if (Math.abs(elapsed) < DAY_MS) return relative.format(Math.round(elapsed / HOUR_MS), 'hour')
  if (Math.abs(elapsed) < 7 * DAY_MS) return relative.format(Math.round(elapsed / DAY_MS), 'day')
  return dateTime.format(new Date(iso))
}

const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' })

/** A `YYYY-MM-DD` date in French short form: "27/11/2026". */
export function formatShortDate(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`))
}
