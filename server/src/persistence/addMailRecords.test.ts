import { describe, expect, it } from 'vitest'
import { addMailRecords } from './addMailRecords.ts'
import { metadataFileSchema } from './metadataFileSchema.ts'
import { metadataFileWith } from './metadataFixtures.ts'
import { migrateMetadata, METADATA_MIGRATIONS } from './metadataMigrations.ts'

describe('addMailRecords', () => {
  it('gives a version 5 file an empty outbox, digest, preferences, opt-outs and secrets', () => {
    const {
      mailOutbox,
      mailDigestEntries,
      mailPreferences,
      mailAddressOptOuts,
      mailSecrets,
      ...version5
    } = metadataFileWith({}, 5)
    expect([
      mailOutbox,
      mailDigestEntries,
      mailPreferences,
      mailAddressOptOuts,
      mailSecrets,
    ]).toEqual([[], [], [], [], []])
    const migrated = migrateMetadata(version5, METADATA_MIGRATIONS)
    expect(migrated).toMatchObject({
      schemaVersion: addMailRecords.to,
      mailOutbox: [],
      mailDigestEntries: [],
      mailPreferences: [],
      mailAddressOptOuts: [],
      mailSecrets: [],
    })
    expect(metadataFileSchema.safeParse(migrated).success).toBe(true)
    expect(metadataFileSchema.safeParse({ ...version5, schemaVersion: 6 }).success).toBe(false)
  })
})
