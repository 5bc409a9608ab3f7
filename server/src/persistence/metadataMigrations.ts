import { addAtelierToolkitRecords } from './addAtelierToolkitRecords.ts'
import { addExchangeAndAtelierRecords } from './addExchangeAndAtelierRecords.ts'
import { addGovernanceRecords } from './addGovernanceRecords.ts'
import { addMailRecords } from './addMailRecords.ts'
import { addMaturityRecords } from './addMaturityRecords.ts'
import { addSurveyRecords } from './addSurveyRecords.ts'
import { addToolboxRecords } from './addToolboxRecords.ts'
import { addVeilleRecords } from './addVeilleRecords.ts'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'

/** Upgrades the metadata file from one `schemaVersion` to the next. */
export interface MetadataMigration {
  from: number
  to: number
  /**
   * Returns the data in the shape of version `to`; `schemaVersion` is set to `to` afterwards, so
   * the migration need not set it. Must not mutate its input. The result is validated after the
   * last migration, so a migration may assume a valid file of version `from`.
   */
  migrate(data: unknown): unknown
}

/** Version of the metadata file before any migration existed. */
export const FIRST_METADATA_VERSION = 1

/**
 * The migrations of the metadata file, oldest first, each `to` the next one's `from`. Adding one
 * raises the version the code writes ({@link currentMetadataVersion}).
 */
export const METADATA_MIGRATIONS: readonly MetadataMigration[] = [
  addToolboxRecords,
  addSurveyRecords,
  addExchangeAndAtelierRecords,
  addMaturityRecords,
  addMailRecords,
  addVeilleRecords,
  addGovernanceRecords,
  addAtelierToolkitRecords,
]

/**
 * The version this list of migrations leads to: the last one's `to`, or
 * {@link FIRST_METADATA_VERSION}. Throws a `TypeError` if the list is not a chain of increasing
 * versions starting at {@link FIRST_METADATA_VERSION} (a programming error, not a data error).
 */
export function currentMetadataVersion(migrations: readonly MetadataMigration[]): number {
  let version = FIRST_METADATA_VERSION
  for (const migration of migrations) {
    if (migration.from !== version || migration.to <= migration.from) {
      throw new TypeError(
        `metadata migration ${migration.from} → ${migration.to} does not follow version ${version}`,
      )
    }
    version = migration.to
  }
  return version
}

/**
 * Runs the migrations that bring `data` (the parsed metadata file) to the current version and
 * returns the result, not validated. Throws `METADATA_TOO_NEW` if the file's version is newer than
 * the code's, `METADATA_CORRUPTED` if it has no valid `schemaVersion` or a migration returns
 * something other than an object.
 */
export function migrateMetadata(data: unknown, migrations: readonly MetadataMigration[]): unknown {
  const current = currentMetadataVersion(migrations)
  const version = readSchemaVersion(data)
  if (version > current) {
    throw new MetadataError(
      MetadataErrorCode.TooNew,
      `metadata file has schemaVersion ${version}, newer than ${current} known to this server: ` +
        'run a newer version of Maillage',
    )
  }
  let migrated = data
  for (const migration of migrations) {
    if (migration.to <= version) continue
    const result = migration.migrate(migrated)
    if (!isRecord(result)) {
      throw new MetadataError(
        MetadataErrorCode.Corrupted,
        `metadata migration ${migration.from} → ${migration.to} did not return an object`,
      )
    }
    migrated = { ...result, schemaVersion: migration.to }
  }
  return migrated
}

function readSchemaVersion(data: unknown): number {
  const version = isRecord(data) ? data['schemaVersion'] : undefined
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < FIRST_METADATA_VERSION
  ) {
    const found = version === undefined ? 'none' : JSON.stringify(version)
    throw new MetadataError(
      MetadataErrorCode.Corrupted,
      `metadata file has no valid schemaVersion (found ${found})`,
    )
  }
  return version
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
