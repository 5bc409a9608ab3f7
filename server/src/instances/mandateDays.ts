import type { InstanceMember } from '../persistence/records/InstanceMember.ts'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

/** Where a mandate stands on a day. */
export const MandateStatus = {
  EnCours: 'en-cours',
  AVenir: 'a-venir',
  Termine: 'termine',
} as const
export type MandateStatus = (typeof MandateStatus)[keyof typeof MandateStatus]

/** The status of `mandate` on `day` (`YYYY-MM-DD`; both of the mandate's days are included). */
export function mandateStatusOn(
  mandate: Pick<InstanceMember, 'startsOn' | 'endsOn'>,
  day: string,
): MandateStatus {
  if (mandate.startsOn > day) return MandateStatus.AVenir
  if (mandate.endsOn !== undefined && mandate.endsOn < day) return MandateStatus.Termine
  return MandateStatus.EnCours
}

/** True when `mandate` runs on `day`. */
export function isMandateActiveOn(
  mandate: Pick<InstanceMember, 'startsOn' | 'endsOn'>,
  day: string,
): boolean {
  return mandateStatusOn(mandate, day) === MandateStatus.EnCours
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

const PARIS_DAY = lazyDateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The day (`YYYY-MM-DD`, Europe/Paris) of the instant `ms`: mandates are counted in French days. */
export function parisDay(ms: number): string {
  return PARIS_DAY.format(new Date(ms))
}
