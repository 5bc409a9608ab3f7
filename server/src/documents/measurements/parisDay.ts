import { lazyDateTimeFormat } from '../../time/lazyIntl.ts'

const PARIS_DAY = lazyDateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The day (`YYYY-MM-DD`) it is in Europe/Paris at `ms` (milliseconds since the epoch). */
export function parisDay(ms: number): string {
  // en-CA writes dates as YYYY-MM-DD.
  return PARIS_DAY.format(new Date(ms))
}
