import { TZDate } from '@date-fns/tz'
import { ATELIER_TIME_ZONE } from '@maillage/schema'

/** When an atelier starts and ends, as instants; both absent while its date or time is missing. */
export interface AtelierSchedule {
  readonly startsAt?: Date
  readonly endsAt?: Date
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u
const TIME = /^(\d{2}):(\d{2})$/u
const MINUTE_MS = 60_000

/**
 * The instants of an atelier given on `date` (`YYYY-MM-DD`) at `time` (`HH:MM`), both Europe/Paris
 * wall time (so 2026-07-02 14:00 is 12:00Z in summer time, 2026-12-03 14:00 is 13:00Z in winter
 * time), lasting `durationMinutes` (0: it ends when it starts). Empty when date or time is not set.
 */
export function atelierSchedule(
  date: string,
  time: string,
  durationMinutes: number,
): AtelierSchedule {
  const day = DATE.exec(date)
  const hour = TIME.exec(time)
  if (day === null || hour === null) return {}
  const [, year, month, dayOfMonth] = day.map(Number)
  const [, hours, minutes] = hour.map(Number)
  if (year === undefined || month === undefined || dayOfMonth === undefined) return {}
  if (hours === undefined || minutes === undefined) return {}
  const start = new TZDate(year, month - 1, dayOfMonth, hours, minutes, ATELIER_TIME_ZONE)
  const startsAt = new Date(start.getTime())
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * MINUTE_MS) }
}
