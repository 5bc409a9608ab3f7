import { describe, expect, it } from 'vitest'
import { addGovernanceRecords } from './addGovernanceRecords.ts'
import { createEmptyMetadataFile, metadataFileSchema } from './metadataFileSchema.ts'
import { metadataFileWith } from './metadataFixtures.ts'
import { migrateMetadata, METADATA_MIGRATIONS } from './metadataMigrations.ts'

describe('addGovernanceRecords', () => {
  it('gives a version 7 file empty instances and mandates, which the file schema requires', () => {
    const { instances, instanceMandates, ...version7 } = metadataFileWith({}, 7)
    expect([instances, instanceMandates]).toEqual([[], []])
    const upToGovernance = METADATA_MIGRATIONS.slice(
      0,
      METADATA_MIGRATIONS.indexOf(addGovernanceRecords) + 1,
    )
    const migrated = migrateMetadata(version7, upToGovernance)
    expect(migrated).toMatchObject({
      schemaVersion: addGovernanceRecords.to,
      instances: [],
      instanceMandates: [],
    })
    const complete = {
      ...createEmptyMetadataFile(addGovernanceRecords.to),
      ...(migrated as object),
    }
    expect(metadataFileSchema.safeParse(complete).success).toBe(true)
    const { instances: _i, instanceMandates: _m, ...withoutThem } = complete
    const refused = metadataFileSchema.safeParse(withoutThem)
    expect(refused.error?.issues.map((issue) => issue.path[0])).toEqual([
      'instances',
      'instanceMandates',
    ])
  })
})
