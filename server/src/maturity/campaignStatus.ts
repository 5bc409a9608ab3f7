import type { MaturityCampaignStatus } from '@maillage/schema'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import { parisDay } from './parisDay.ts'

/**
 * Where `campaign` stands at `nowMs`: `close` once closed by the regional team or after its last
 * day, `a-venir` before its first day, `ouverte` from its first to its last day (both included,
 * Europe/Paris; `YYYY-MM-DD` strings compare as dates).
 */
export function campaignStatus(campaign: MaturityCampaign, nowMs: number): MaturityCampaignStatus {
  const today = parisDay(nowMs)
  if (campaign.closedAt !== undefined || today > campaign.closesAt) return 'close'
  return today < campaign.opensAt ? 'a-venir' : 'ouverte'
}
