import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 2 → 3 (issue #7, item 5): the metadata file gains the surveys of the CLPE and their
 * answers, both empty. A server of version 2 then refuses the file rather than dropping them.
 */
export const addSurveyRecords: MetadataMigration = {
  from: 2,
  to: 3,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return { ...file, surveys: [], surveyAnswers: [] }
  },
}
