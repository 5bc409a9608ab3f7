import { TZDate } from '@date-fns/tz'

/** The daily digest leaves at 7:00, Paris time. */
export const DIGEST_TIME_ZONE = 'Europe/Paris'
export const DIGEST_HOUR = 7

/**
 * The latest 7:00 (Europe/Paris) at or before `nowMs`: every digest entry created up to then is
 * due. Stateless, so a process restarted, or several running, agree on it.
 */
export function latestDigestTime(nowMs: number): number {
  const paris = new TZDate(nowMs, DIGEST_TIME_ZONE)
  const at = (dayOffset: number): number =>
    new TZDate(
      paris.getFullYear(),
      paris.getMonth(),
      paris.getDate() + dayOffset,
      DIGEST_HOUR,
      0,
      DIGEST_TIME_ZONE,
    ).getTime()
  const today = at(0)
  return today <= nowMs ? today : at(-1)
}
