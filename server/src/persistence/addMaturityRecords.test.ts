import { describe, expect, it } from 'vitest'
import { addMaturityRecords } from './addMaturityRecords.ts'
import { metadataFileSchema } from './metadataFileSchema.ts'
import { metadataFileWith } from './metadataFixtures.ts'
import { migrateMetadata, METADATA_MIGRATIONS } from './metadataMigrations.ts'

describe('addMaturityRecords', () => {
  it('gives a version 4 file empty campaigns and assessments, and it then validates', () => {
    const { maturityCampaigns, maturityAssessments, ...version4 } = metadataFileWith({}, 4)
    expect([maturityCampaigns, maturityAssessments]).toEqual([[], []])
    // The chain up to this migration: later ones (version 6's mail records) are tested apart.
    const upToMaturity = METADATA_MIGRATIONS.slice(
      0,
      METADATA_MIGRATIONS.indexOf(addMaturityRecords) + 1,
    )
    const migrated = migrateMetadata(version4, upToMaturity)
    expect(migrated).toMatchObject({
      schemaVersion: addMaturityRecords.to,
      maturityCampaigns: [],
      maturityAssessments: [],
    })
    expect(metadataFileSchema.safeParse(migrated).success).toBe(true)
    expect(metadataFileSchema.safeParse({ ...version4, schemaVersion: 5 }).success).toBe(false)
  })
})
