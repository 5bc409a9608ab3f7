import type { MaturitySnapshot } from '@maillage/schema'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'

/**
 * The latest submitted self-assessment of each space among `assessments` (the last submitted, by
 * time), keyed by space id, with its campaign's title; spaces that never submitted are absent.
 */
export function latestSnapshots(
  campaigns: readonly MaturityCampaign[],
  assessments: readonly MaturityAssessment[],
): Map<string, MaturitySnapshot> {
  const titles = new Map(campaigns.map((campaign) => [campaign.id, campaign.title]))
  const latest = new Map<string, MaturitySnapshot>()
  for (const assessment of assessments) {
    const { submittedAt, profile } = assessment
    const title = titles.get(assessment.campaignId)
    if (submittedAt === undefined || profile === undefined || title === undefined) continue
    const known = latest.get(assessment.spaceId)
    if (known !== undefined && known.submittedAt >= submittedAt) continue
    latest.set(assessment.spaceId, {
      campaignId: assessment.campaignId,
      campaignTitle: title,
      submittedAt,
      profile,
    })
  }
  return latest
}
