import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 5 → 6: the metadata file gains the records of e-mail (outbox, digest entries,
 * preferences, opt-outs of addresses, the secret of unsubscribe links), all empty. A server of
 * version 5 then refuses the file rather than dropping them.
 */
export const addMailRecords: MetadataMigration = {
  from: 5,
  to: 6,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return {
      ...file,
      mailOutbox: [],
      mailDigestEntries: [],
      mailPreferences: [],
      mailAddressOptOuts: [],
      mailSecrets: [],
    }
  },
}
