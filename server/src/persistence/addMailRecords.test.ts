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
    // The chain up to this migration: later ones (version 7's veille records) are tested apart.
    const upToMail = METADATA_MIGRATIONS.slice(0, METADATA_MIGRATIONS.indexOf(addMailRecords) + 1)
    const migrated = migrateMetadata(version5, upToMail)
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
