/** Stable codes of {@link MigrationError}. */
export const MigrationErrorCode = {
  /** The database holds a migration this code does not know: a newer server migrated it. */
  TooNew: 'DATABASE_SCHEMA_TOO_NEW',
  /** A migration file failed; its transaction was rolled back. */
  Failed: 'DATABASE_MIGRATION_FAILED',
  /** A file in the migrations folder is not named `NNN_name.sql`. */
  BadFile: 'DATABASE_MIGRATION_BAD_FILE',
} as const
export type MigrationErrorCode = (typeof MigrationErrorCode)[keyof typeof MigrationErrorCode]

/** The database schema could not be brought to what this code expects. */
export class MigrationError extends Error {
  readonly code: MigrationErrorCode

  constructor(code: MigrationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MigrationError'
    this.code = code
  }
}
