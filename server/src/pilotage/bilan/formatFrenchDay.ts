import { lazyDateTimeFormat } from '../../time/lazyIntl.ts'

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u

/** The parts of a `YYYY-MM-DD` day, or null when it is not one. */
function partsOf(isoDay: string): { year: number; month: string; day: number } | null {
  const match = ISO_DAY.exec(isoDay)
  if (match === null) return null
  const month = MONTHS[Number(match[2]) - 1]
  return month === undefined ? null : { year: Number(match[1]), month, day: Number(match[3]) }
}

/** The day of the month as written in French: « 1er », then « 2 », « 3 »… */
function dayOfMonth(day: number): string {
  return day === 1 ? '1er' : String(day)
}

/** A `YYYY-MM-DD` day written in full, « 7 décembre 2026 », « 1er mars 2026 »; `''` if unreadable. */
export function formatFrenchDay(isoDay: string): string {
  const parts = partsOf(isoDay)
  return parts === null ? '' : `${dayOfMonth(parts.day)} ${parts.month} ${parts.year}`
}

/**
 * A period between two `YYYY-MM-DD` days in French: « année 2026 » for a whole calendar year,
 * « du 1er janvier au 30 juin 2026 » within one year, « du 1er septembre 2025 au 30 juin 2026 »
 * across years.
 */
export function formatFrenchPeriod(startIsoDay: string, endIsoDay: string): string {
  const start = partsOf(startIsoDay)
  const end = partsOf(endIsoDay)
  if (start === null || end === null) return ''
  if (start.year === end.year) {
    if (startIsoDay.endsWith('-01-01') && endIsoDay.endsWith('-12-31')) return `année ${start.year}`
    return `du ${dayOfMonth(start.day)} ${start.month} au ${formatFrenchDay(endIsoDay)}`
  }
  return `du ${formatFrenchDay(startIsoDay)} au ${formatFrenchDay(endIsoDay)}`
}

const parisDay = lazyDateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The `YYYY-MM-DD` day in Paris of a time in ms since the epoch (figures are dated in Paris). */
export function parisDayOf(ms: number): string {
  return parisDay.format(ms)
}
