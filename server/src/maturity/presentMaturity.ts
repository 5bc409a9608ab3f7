import type {
  MaturityCampaignSpace,
  MaturityCampaignView,
  MaturityProgressionPoint,
  SpaceMaturityCampaign,
} from '@maillage/schema'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import type { Space } from '../persistence/records/Space.ts'
import { campaignStatus } from './campaignStatus.ts'

/** A campaign with what the views need of it: the CLPE targeted and their self-assessments. */
export interface CampaignFacts {
  readonly campaign: MaturityCampaign
  /** Every CLPE of the region, by name. */
  readonly clpes: readonly Space[]
  readonly assessments: readonly MaturityAssessment[]
}

/**
 * A campaign as one person sees it: counts over every CLPE, and the rows of `visibleSpaceIds`
 * only (every CLPE for the region, the person's own CLPE otherwise).
 */
export function presentCampaign(
  facts: CampaignFacts,
  options: { nowMs: number; visibleSpaceIds: ReadonlySet<string> },
): MaturityCampaignView {
  const { campaign, clpes } = facts
  const bySpace = new Map(facts.assessments.map((assessment) => [assessment.spaceId, assessment]))
  const targeted = new Set(clpes.map((space) => space.id))
  const submittedCount = facts.assessments.filter(
    (assessment) => assessment.submittedAt !== undefined && targeted.has(assessment.spaceId),
  ).length
  const spaces: MaturityCampaignSpace[] = clpes
    .filter((space) => options.visibleSpaceIds.has(space.id))
    .map((space) => ({
      spaceId: space.id,
      spaceName: space.name,
      documentId: bySpace.get(space.id)?.documentId ?? null,
      submittedAt: bySpace.get(space.id)?.submittedAt ?? null,
    }))
  return {
    id: campaign.id,
    title: campaign.title,
    opensAt: campaign.opensAt,
    closesAt: campaign.closesAt,
    status: campaignStatus(campaign, options.nowMs),
    submittedCount,
    targetCount: clpes.length,
    spaces,
  }
}

/** One campaign in a CLPE's page: the campaign (that CLPE's row) and its self-assessment. */
export function presentSpaceCampaign(
  facts: CampaignFacts,
  options: { nowMs: number; spaceId: string; submittedByName: string | null },
): SpaceMaturityCampaign {
  const assessment = facts.assessments.find((found) => found.spaceId === options.spaceId)
  return {
    campaign: presentCampaign(facts, {
      nowMs: options.nowMs,
      visibleSpaceIds: new Set([options.spaceId]),
    }),
    documentId: assessment?.documentId ?? null,
    submittedAt: assessment?.submittedAt ?? null,
    submittedByName: assessment?.submittedAt === undefined ? null : options.submittedByName,
    profile: assessment?.profile ?? null,
  }
}

/** The submitted profiles of one CLPE, in the order of their campaigns (oldest first). */
export function progressionOf(
  campaigns: readonly SpaceMaturityCampaign[],
): MaturityProgressionPoint[] {
  return campaigns.flatMap(({ campaign, submittedAt, profile }) =>
    submittedAt === null || profile === null
      ? []
      : [
          {
            campaignId: campaign.id,
            title: campaign.title,
            closesAt: campaign.closesAt,
            submittedAt,
            profile,
          },
        ],
  )
}
