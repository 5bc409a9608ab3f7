import { describe, expect, it } from 'vitest'
import { addVeilleRecords } from './addVeilleRecords.ts'
import { metadataFileSchema } from './metadataFileSchema.ts'
import { metadataFileWith } from './metadataFixtures.ts'
import { migrateMetadata, METADATA_MIGRATIONS } from './metadataMigrations.ts'

describe('addVeilleRecords', () => {
  it('gives a version 6 file empty veille items and feeds, and it then validates', () => {
    const { veilleItems, veilleFeeds, ...version6 } = metadataFileWith({}, 6)
    expect([veilleItems, veilleFeeds]).toEqual([[], []])
    const upToVeille = METADATA_MIGRATIONS.slice(
      0,
      METADATA_MIGRATIONS.indexOf(addVeilleRecords) + 1,
    )
    const migrated = migrateMetadata(version6, upToVeille)
    expect(migrated).toMatchObject({
      schemaVersion: addVeilleRecords.to,
      veilleItems: [],
      veilleFeeds: [],
    })
    expect(metadataFileSchema.safeParse(migrated).success).toBe(true)
    expect(metadataFileSchema.safeParse({ ...version6, schemaVersion: 7 }).success).toBe(false)
  })
})
