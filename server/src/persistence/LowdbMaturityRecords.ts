import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MaturityRecords } from './MaturityRecords.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, type RecordKind } from './recordCollection.ts'
import { maturityAssessmentSchema, type MaturityAssessment } from './records/MaturityAssessment.ts'
import { maturityCampaignSchema, type MaturityCampaign } from './records/MaturityCampaign.ts'

const CAMPAIGN: RecordKind<MaturityCampaign> = {
  name: 'maturity campaign',
  schema: maturityCampaignSchema,
  unique: ['id'],
}
const ASSESSMENT: RecordKind<MaturityAssessment> = {
  name: 'maturity assessment',
  schema: maturityAssessmentSchema,
  unique: ['id'],
}

/** The démarche de progression's records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbMaturityRecords implements MaturityRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createCampaign(campaign: MaturityCampaign): Promise<void> {
    await this.#db.write((data) => insertRecord(data.maturityCampaigns, campaign, CAMPAIGN))
  }

  findCampaign(id: string): Promise<MaturityCampaign | null> {
    return this.#db.read((data) => data.maturityCampaigns.find((found) => found.id === id) ?? null)
  }

  listCampaigns(): Promise<MaturityCampaign[]> {
    return this.#db.read((data) => data.maturityCampaigns)
  }

  updateCampaign(
    id: string,
    patch: Partial<Omit<MaturityCampaign, 'id'>>,
  ): Promise<MaturityCampaign | null> {
    return this.#db.write((data) => replaceRecord(data.maturityCampaigns, { id, patch }, CAMPAIGN))
  }

  async createAssessment(assessment: MaturityAssessment): Promise<void> {
    await this.#db.write((data) => insertRecord(data.maturityAssessments, assessment, ASSESSMENT))
  }

  findAssessment(id: string): Promise<MaturityAssessment | null> {
    return this.#db.read(
      (data) => data.maturityAssessments.find((found) => found.id === id) ?? null,
    )
  }

  listAssessmentsOfCampaign(campaignId: string): Promise<MaturityAssessment[]> {
    return this.#db.read((data) =>
      data.maturityAssessments.filter((found) => found.campaignId === campaignId),
    )
  }

  listAssessmentsOfSpace(spaceId: string): Promise<MaturityAssessment[]> {
    return this.#db.read((data) =>
      data.maturityAssessments.filter((found) => found.spaceId === spaceId),
    )
  }

  updateAssessment(
    id: string,
    patch: Partial<Omit<MaturityAssessment, 'id'>>,
  ): Promise<MaturityAssessment | null> {
    return this.#db.write((data) =>
      replaceRecord(data.maturityAssessments, { id, patch }, ASSESSMENT),
    )
  }
}
