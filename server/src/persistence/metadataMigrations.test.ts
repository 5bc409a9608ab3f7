import { describe, expect, it } from 'vitest'
import { MetadataErrorCode } from './MetadataError.ts'
import {
  currentMetadataVersion,
  FIRST_METADATA_VERSION,
  METADATA_MIGRATIONS,
  migrateMetadata,
  type MetadataMigration,
} from './metadataMigrations.ts'

/** A migration that records, in `steps`, that it ran. */
const step = (from: number, to: number): MetadataMigration => ({
  from,
  to,
  migrate: (data) => {
    const file = data as { steps?: string[] }
    return { ...file, steps: [...(file.steps ?? []), `${from}→${to}`] }
  },
})

describe('currentMetadataVersion', () => {
  it('is the first version without migrations, and the last target with some', () => {
    expect(currentMetadataVersion([])).toBe(FIRST_METADATA_VERSION)
    expect(currentMetadataVersion([step(1, 2), step(2, 3)])).toBe(3)
  })

  it('is where the shipped migrations lead', () => {
    expect(currentMetadataVersion(METADATA_MIGRATIONS)).toBe(
      METADATA_MIGRATIONS.at(-1)?.to ?? FIRST_METADATA_VERSION,
    )
  })

  it('refuses migrations that do not chain from the first version', () => {
    expect(() => currentMetadataVersion([step(2, 3)])).toThrow(TypeError)
    expect(() => currentMetadataVersion([step(1, 2), step(3, 4)])).toThrow(TypeError)
    expect(() => currentMetadataVersion([step(1, 1)])).toThrow(TypeError)
  })
})

describe('migrateMetadata', () => {
  const migrations = [step(1, 2), step(2, 3)]

  it('runs the migrations after the file version, in order, and stamps each new version', () => {
    expect(migrateMetadata({ schemaVersion: 1 }, migrations)).toEqual({
      schemaVersion: 3,
      steps: ['1→2', '2→3'],
    })
    expect(migrateMetadata({ schemaVersion: 2 }, migrations)).toEqual({
      schemaVersion: 3,
      steps: ['2→3'],
    })
  })

  it('leaves a file of the current version as it is', () => {
    const file = { schemaVersion: 3, accounts: [] }
    expect(migrateMetadata(file, migrations)).toBe(file)
  })

  it('does not change the data it is given', () => {
    const file = { schemaVersion: 1 }
    migrateMetadata(file, migrations)
    expect(file).toEqual({ schemaVersion: 1 })
  })

  it('refuses a file newer than the code with METADATA_TOO_NEW', () => {
    expect(() => migrateMetadata({ schemaVersion: 4 }, migrations)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.TooNew }),
    )
  })

  it('refuses a file without a valid schemaVersion with METADATA_CORRUPTED', () => {
    for (const file of [
      {},
      { schemaVersion: '1' },
      { schemaVersion: 0 },
      { schemaVersion: 1.5 },
      [],
    ]) {
      expect(() => migrateMetadata(file, migrations)).toThrow(
        expect.objectContaining({ code: MetadataErrorCode.Corrupted }),
      )
    }
  })

  it('refuses the result of a migration that is not an object', () => {
    const broken: MetadataMigration = { from: 1, to: 2, migrate: () => null }
    expect(() => migrateMetadata({ schemaVersion: 1 }, [broken])).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Corrupted }),
    )
  })
})
