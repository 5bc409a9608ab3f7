import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 6 → 7: the metadata file gains the veille's items and the addresses of its feeds, both
 * empty. A server of version 6 then refuses the file rather than dropping them.
 */
export const addVeilleRecords: MetadataMigration = {
  from: 6,
  to: 7,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return { ...file, veilleItems: [], veilleFeeds: [] }
  },
}
