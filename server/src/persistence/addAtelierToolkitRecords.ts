import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 8 → 9: the metadata file gains the records of the facilitator's toolkit in live
 * sessions — polls and their answers, the words sent to word clouds, the authors of anonymous
 * notes (kept for moderation) and the dots of the wall's votes —, all empty.
 */
export const addAtelierToolkitRecords: MetadataMigration = {
  from: 8,
  to: 9,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return {
      ...file,
      atelierPolls: [],
      atelierPollAnswers: [],
      atelierWordEntries: [],
      atelierWallAuthors: [],
      atelierWallVotes: [],
    }
  },
}
