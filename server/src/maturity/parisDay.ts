import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

/** The days of the campaigns are those of Hauts-de-France. */
const PARIS_DAY = lazyDateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The day (`YYYY-MM-DD`, Europe/Paris) of the instant `ms` (milliseconds since the epoch). */
export function parisDay(ms: number): string {
  return PARIS_DAY.format(new Date(ms))
}

/** The day `days` after `day` (`YYYY-MM-DD`; calendar days, whatever the time changes). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
