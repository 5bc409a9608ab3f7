import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

const PARIS_DAY = lazyDateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The day (`YYYY-MM-DD`) an instant falls on in Paris, where the governance meets. */
export function parisDay(instant: Date): string {
  return PARIS_DAY.format(instant)
}
