import type { MaturityAssessment } from './records/MaturityAssessment.ts'
import type { MaturityCampaign } from './records/MaturityCampaign.ts'

/**
 * The records of the démarche de progression in the metadata store: campaigns and the
 * self-assessment of each CLPE in them. Same contract as {@link MetadataStore} (validated, copies,
 * `METADATA_CONFLICT` on a taken id).
 */
export interface MaturityRecords {
  createCampaign(campaign: MaturityCampaign): Promise<void>
  findCampaign(id: string): Promise<MaturityCampaign | null>
  /** Every campaign, oldest first. */
  listCampaigns(): Promise<MaturityCampaign[]>
  updateCampaign(
    id: string,
    patch: Partial<Omit<MaturityCampaign, 'id'>>,
  ): Promise<MaturityCampaign | null>

  createAssessment(assessment: MaturityAssessment): Promise<void>
  findAssessment(id: string): Promise<MaturityAssessment | null>
  /** The assessments of one campaign, oldest first. */
  listAssessmentsOfCampaign(campaignId: string): Promise<MaturityAssessment[]>
  /** The assessments of one space, every campaign, oldest first. */
  listAssessmentsOfSpace(spaceId: string): Promise<MaturityAssessment[]>
  updateAssessment(
    id: string,
    patch: Partial<Omit<MaturityAssessment, 'id'>>,
  ): Promise<MaturityAssessment | null>
}
