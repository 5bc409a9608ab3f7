import { DocumentKind, type SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { MATURITY_MESSAGES } from './maturityMessages.ts'

/** What creating a self-assessment needs. */
export interface AssessmentDocumentDeps {
  readonly store: MetadataStore
  readonly documents: DocumentService
  readonly timers: Timers
}

/** The id of the self-assessment of `spaceId` in `campaignId`: one per campaign and space. */
export function assessmentIdOf(campaignId: string, spaceId: string): string {
  return `${campaignId}.${spaceId}`
}

/**
 * Creates the self-assessment of a CLPE in a campaign: its document (kind `auto-evaluation`, in
 * the CLPE's space, every field initialised, statut « en cours ») created by `actor`, then its
 * record. The caller makes sure none exists (under the lock of its id) and that `actor` may.
 */
export async function openAssessmentDocument(
  deps: AssessmentDocumentDeps,
  actor: Actor,
  target: { campaign: MaturityCampaign; spaceId: SpaceId; spaceName: string },
): Promise<MaturityAssessment> {
  const { campaign, spaceId } = target
  const record = await deps.documents.create(actor, {
    spaceId,
    kind: DocumentKind.AutoEvaluation,
    title: MATURITY_MESSAGES.documentTitle(campaign.title, target.spaceName).slice(0, 200),
  })
  const assessment: MaturityAssessment = {
    id: assessmentIdOf(campaign.id, spaceId),
    campaignId: campaign.id,
    spaceId,
    documentId: record.id,
    createdAt: isoTime(deps.timers),
  }
  await deps.store.maturity.createAssessment(assessment)
  return assessment
}
