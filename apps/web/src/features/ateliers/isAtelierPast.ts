import type { AtelierSummaryView } from '@maillage/protocol'

/**
 * Whether an atelier belongs to the past: its session was ended, or its end is before `now`
 * (a live session is never past, even when it runs late). An atelier without a date is to come.
 */
export function isAtelierPast(
  atelier: Pick<AtelierSummaryView, 'session' | 'endsAt'>,
  now: number,
): boolean {
  if (atelier.session.state === 'terminee') return true
  if (atelier.session.state === 'en-cours') return false
  return atelier.endsAt !== undefined && Date.parse(atelier.endsAt) < now
}
