const SECONDS_PER_DAY = 86_400

/**
 * Steps the chart's date axis may take, in seconds: whole days, weeks, months, years. Measures
 * are dated to the day, so a tick between two days would only repeat a date.
 */
export const DATE_AXIS_STEPS_S: readonly number[] = [1, 2, 7, 14, 30, 61, 91, 182, 365].map(
  (days) => days * SECONDS_PER_DAY,
)

const dayMonth = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  timeZone: 'UTC',
})
const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: '2-digit',
  timeZone: 'UTC',
})

/**
 * The labels of the chart's date ticks (`splits` in seconds since the epoch, UTC days) in French
 * order, like the table beside it: « 01/04 », with the year (« 01/04/26 ») when the ticks span
 * more than one year.
 */
export function formatDateTicks(splits: readonly number[]): string[] {
  const years = new Set(splits.map((split) => new Date(split * 1000).getUTCFullYear()))
  const format = years.size > 1 ? dayMonthYear : dayMonth
  return splits.map((split) => format.format(new Date(split * 1000)))
}
