const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u

// Built at the first timestamp written: a formatter reads ICU's locale and time-zone data.
let parisDate: Intl.DateTimeFormat | undefined

/** A `YYYY-MM-DD` date as `JJ/MM/AAAA`, or `''` when it is not one. */
export function formatFrenchDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate)
  if (match === null) return ''
  return `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`
}

/** An ISO 8601 timestamp as the `JJ/MM/AAAA` day it falls on in Paris, or `''` if unreadable. */
export function formatFrenchTimestamp(isoTimestamp: string): string {
  const ms = Date.parse(isoTimestamp)
  if (Number.isNaN(ms)) return ''
  parisDate ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
  return parisDate.format(ms)
}
