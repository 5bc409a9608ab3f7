import { describe, expect, it } from 'vitest'
import { addMaturityRecords } from './addMaturityRecords.ts'
import { metadataFileSchema } from './metadataFileSchema.ts'
import { metadataFileWith } from './metadataFixtures.ts'
import { migrateMetadata, METADATA_MIGRATIONS } from './metadataMigrations.ts'

describe('addMaturityRecords', () => {
  it('gives a version 4 file empty campaigns and assessments, and it then validates', () => {
    const { maturityCampaigns, maturityAssessments, ...version4 } = metadataFileWith({}, 4)
    expect([maturityCampaigns, maturityAssessments]).toEqual([[], []])
    const migrated = migrateMetadata(version4, METADATA_MIGRATIONS)
    expect(migrated).toMatchObject({
      schemaVersion: addMaturityRecords.to,
      maturityCampaigns: [],
      maturityAssessments: [],
    })
    expect(metadataFileSchema.safeParse(migrated).success).toBe(true)
    expect(metadataFileSchema.safeParse({ ...version4, schemaVersion: 5 }).success).toBe(false)
  })
})
