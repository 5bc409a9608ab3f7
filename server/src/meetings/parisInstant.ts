import { TZDate } from '@date-fns/tz'

/** The time zone séances are scheduled in: the region's. */
export const MEETING_TIME_ZONE = 'Europe/Paris'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u
const TIME = /^(\d{2}):(\d{2})$/u

/**
 * The instant of `date` (`YYYY-MM-DD`) at `time` (`HH:MM`), both Europe/Paris wall time
 * (2027-02-10 09:30 is 08:30Z in winter, 2027-06-02 14:00 is 12:00Z in summer); null when either
 * is malformed.
 */
export function parisInstant(date: string, time: string): Date | null {
  const day = DATE.exec(date)
  const hour = TIME.exec(time)
  if (day === null || hour === null) return null
  const [year, month, dayOfMonth] = day.slice(1).map(Number)
  const [hours, minutes] = hour.slice(1).map(Number)
  if (year === undefined || month === undefined || dayOfMonth === undefined) return null
  if (hours === undefined || minutes === undefined) return null
  const instant = new TZDate(year, month - 1, dayOfMonth, hours, minutes, MEETING_TIME_ZONE)
  return new Date(instant.getTime())
}

/** The Paris calendar day (`YYYY-MM-DD`) of an instant. */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: MEETING_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)
}

/** « mercredi 10 février 2027 à 09:30 », in Paris time. */
export function formatParisDateTime(instant: Date): string {
  const day = new Intl.DateTimeFormat('fr-FR', {
    timeZone: MEETING_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant)
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeZone: MEETING_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant)
  return `${day} à ${time}`
}
