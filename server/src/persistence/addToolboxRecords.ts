import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 1 → 2 (issue #7): the metadata file gains the records of the boîte à outils (proposals
 * of new tools, usage of tools by CLPE) and the in-app notifications, all empty.
 */
export const addToolboxRecords: MetadataMigration = {
  from: 1,
  to: 2,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return { ...file, toolProposals: [], toolUsages: [], notifications: [] }
  },
}
