import { withFrenchSpacing } from '@maillage/schema'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

// Pieces the French spacing rules must not touch: an address (`https://…`, `a@b.fr`) and a time
// written with a colon (« 14:30 »), where a no-break space before « : » would break them.
const UNTOUCHABLE = /([a-z][a-z0-9+.-]*:\/\/\S+|\S+@\S+\.\S+|\d{1,2}:\d{2})/giu

/**
 * A sentence with the French spacing rules of `withFrenchSpacing` applied (no-break spaces before
 * « : % » and inside guillemets, narrow ones before « ; ? ! »), leaving addresses and times as
 * they are.
 */
export function frenchText(text: string): string {
  return text
    .split(UNTOUCHABLE)
    .map((piece, index) => (index % 2 === 1 ? piece : withFrenchSpacing(piece)))
    .join('')
}

const longDate = lazyDateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** A day written in full, the French way: « 7 décembre 2026 », « 1er mars 2027 ». */
export function formatLongFrenchDate(date: Date): string {
  const parts = longDate.formatToParts(date)
  return parts
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
    .replace(/ /gu, '\u00a0')
}

/** A `YYYY-MM-DD` calendar date written in full (« 1er septembre 2026 »), or `''` if not one. */
export function formatLongIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate)
  if (match === null) return ''
  // Noon UTC falls on the same day in Paris whatever the season.
  return formatLongFrenchDate(new Date(`${isoDate}T12:00:00Z`))
}
