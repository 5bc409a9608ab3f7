import type { MaturityRecords } from '../MaturityRecords.ts'
import type { MaturityAssessment } from '../records/MaturityAssessment.ts'
import type { MaturityCampaign } from '../records/MaturityCampaign.ts'
import { MATURITY_ASSESSMENTS, MATURITY_CAMPAIGNS } from './maturityTables.ts'
import { insertRow, selectRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/** The démarche de progression's records of `PostgresMetadataStore` (`003_maturity.sql`). */
export class PostgresMaturityRecords implements MaturityRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createCampaign(campaign: MaturityCampaign): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, MATURITY_CAMPAIGNS, campaign))
  }

  findCampaign(id: string): Promise<MaturityCampaign | null> {
    return selectRow(this.#scope, MATURITY_CAMPAIGNS, { where: 'id = $1', values: [id] })
  }

  listCampaigns(): Promise<MaturityCampaign[]> {
    return selectRows(this.#scope, MATURITY_CAMPAIGNS)
  }

  updateCampaign(
    id: string,
    patch: Partial<Omit<MaturityCampaign, 'id'>>,
  ): Promise<MaturityCampaign | null> {
    return updateRow(this.#scope, MATURITY_CAMPAIGNS, { id, patchOf: () => patch })
  }

  async createAssessment(assessment: MaturityAssessment): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, MATURITY_ASSESSMENTS, assessment))
  }

  findAssessment(id: string): Promise<MaturityAssessment | null> {
    return selectRow(this.#scope, MATURITY_ASSESSMENTS, { where: 'id = $1', values: [id] })
  }

  listAssessmentsOfCampaign(campaignId: string): Promise<MaturityAssessment[]> {
    return selectRows(this.#scope, MATURITY_ASSESSMENTS, {
      where: 'campaign_id = $1',
      values: [campaignId],
    })
  }

  listAssessmentsOfSpace(spaceId: string): Promise<MaturityAssessment[]> {
    return selectRows(this.#scope, MATURITY_ASSESSMENTS, {
      where: 'space_id = $1',
      values: [spaceId],
    })
  }

  updateAssessment(
    id: string,
    patch: Partial<Omit<MaturityAssessment, 'id'>>,
  ): Promise<MaturityAssessment | null> {
    return updateRow(this.#scope, MATURITY_ASSESSMENTS, { id, patchOf: () => patch })
  }
}
