import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 4 → 5: the metadata file gains the campaigns of the démarche de progression and the
 * self-assessments of the CLPE, both empty. A server of version 4 then refuses the file rather
 * than dropping them.
 */
export const addMaturityRecords: MetadataMigration = {
  from: 4,
  to: 5,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return { ...file, maturityCampaigns: [], maturityAssessments: [] }
  },
}
