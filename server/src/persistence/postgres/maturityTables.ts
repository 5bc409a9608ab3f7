import { maturityAssessmentSchema, type MaturityAssessment } from '../records/MaturityAssessment.ts'
import { maturityCampaignSchema, type MaturityCampaign } from '../records/MaturityCampaign.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 003_maturity.sql, as postgresRows.ts reads and writes them.

/** Campaigns of the démarche de progression. */
export const MATURITY_CAMPAIGNS: PostgresTable<MaturityCampaign> = {
  name: 'metadata_maturity_campaigns',
  what: 'maturity campaign',
  schema: maturityCampaignSchema,
  columns: { id: (campaign) => campaign.id },
  key: ['id'],
}

/** Self-assessments of the CLPE, looked up by campaign and by space. */
export const MATURITY_ASSESSMENTS: PostgresTable<MaturityAssessment> = {
  name: 'metadata_maturity_assessments',
  what: 'maturity assessment',
  schema: maturityAssessmentSchema,
  columns: {
    id: (assessment) => assessment.id,
    campaign_id: (assessment) => assessment.campaignId,
    space_id: (assessment) => assessment.spaceId,
  },
  key: ['id'],
}
