// A calendar date has no time zone: read and written in UTC, it stays the day it names.
const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' })

/** A `YYYY-MM-DD` day in full, « 7 décembre 2026 », « 1er mars 2026 »; '' when it is not one. */
export function formatLongDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(isoDate)) return ''
  return longDate
    .formatToParts(new Date(`${isoDate}T00:00:00Z`))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
}
