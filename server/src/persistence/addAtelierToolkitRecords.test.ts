import { describe, expect, it } from 'vitest'
import { addAtelierToolkitRecords } from './addAtelierToolkitRecords.ts'
import { metadataFileSchema } from './metadataFileSchema.ts'
import { metadataFileWith } from './metadataFixtures.ts'
import { migrateMetadata, METADATA_MIGRATIONS } from './metadataMigrations.ts'

const TOOLKIT_KEYS = ['atelierPolls', 'atelierPollAnswers', 'atelierWordEntries']

describe('addAtelierToolkitRecords', () => {
  it('gives a version 8 file the empty collections of the facilitator’s toolkit, and it validates', () => {
    const { atelierPolls, atelierPollAnswers, atelierWordEntries, ...version8 } = metadataFileWith(
      {},
      8,
    )
    expect([atelierPolls, atelierPollAnswers, atelierWordEntries]).toEqual([[], [], []])
    const upToToolkit = METADATA_MIGRATIONS.slice(
      0,
      METADATA_MIGRATIONS.indexOf(addAtelierToolkitRecords) + 1,
    )
    const migrated = migrateMetadata(version8, upToToolkit)
    expect(migrated).toMatchObject({
      schemaVersion: addAtelierToolkitRecords.to,
      atelierPolls: [],
      atelierPollAnswers: [],
      atelierWordEntries: [],
    })
    // Only these collections are checked: other work of this version adds its own.
    const issuesOf = (file: unknown): string[] =>
      (metadataFileSchema.safeParse(file).error?.issues ?? [])
        .map((issue) => String(issue.path[0]))
        .filter((key) => TOOLKIT_KEYS.includes(key))
    expect(issuesOf(migrated)).toEqual([])
    expect(issuesOf({ ...version8, schemaVersion: 9 })).toEqual(TOOLKIT_KEYS)
  })
})
