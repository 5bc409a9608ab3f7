import { formatShortDate } from '../../ui/formatDate.ts'

/** A campaign's day (`YYYY-MM-DD`, or the start of an ISO date-time) in French: « 31/03/2027 ». */
export function formatDay(value: string): string {
  return formatShortDate(value.slice(0, 10))
}
