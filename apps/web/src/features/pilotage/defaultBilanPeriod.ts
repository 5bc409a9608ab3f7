import { NETWORK_TIME_ZONE } from '../../ui/formatDate.ts'

/** A period of the bilan for the bureau du CoRE: two `YYYY-MM-DD` dates, both included. */
export interface BilanPeriod {
  readonly periodStart: string
  readonly periodEnd: string
}

/** How many months back the bilan's period starts by default (the bureau meets twice a year). */
export const DEFAULT_BILAN_MONTHS = 6

// en-CA writes dates as YYYY-MM-DD; the day is the one it is in the network's time zone.
const isoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: NETWORK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The period offered by default: the last {@link DEFAULT_BILAN_MONTHS} months up to today, Paris
 * time. A start day missing in the shorter month (31 August → February) falls on its last day.
 */
export function defaultBilanPeriod(now: Date): BilanPeriod {
  const periodEnd = isoDay.format(now)
  const [year, month, day] = periodEnd.split('-').map(Number) as [number, number, number]
  const targetMonth = month - 1 - DEFAULT_BILAN_MONTHS
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate()
  const start = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)))
  return { periodStart: start.toISOString().slice(0, 10), periodEnd }
}
