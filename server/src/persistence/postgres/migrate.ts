import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'
import { MigrationError, MigrationErrorCode } from './MigrationError.ts'

/** The folder of the migration files, found beside this module (the server runs from source). */
export const MIGRATIONS_DIRECTORY = new URL('./migrations/', import.meta.url)

/**
 * Key of the session-level advisory lock every migration run holds, so that processes starting
 * together apply each migration once. Arbitrary; the per-document locks use the two-key space,
 * which never overlaps this one.
 */
const MIGRATION_LOCK_KEY = 7_236_451_014n

const MIGRATION_FILE = /^(\d{3})_[a-z0-9_]+\.sql$/

/** One migration file: its version (the file name without `.sql`) and its SQL. */
export interface Migration {
  readonly version: string
  readonly sql: string
}

/** What a {@link migrate} run did. */
export interface MigrationResult {
  /** Versions applied by this run, in order; empty when the database was up to date. */
  readonly applied: readonly string[]
}

/**
 * The migrations in `directory`, in name order. Throws `DATABASE_MIGRATION_BAD_FILE` for a file
 * not named `NNN_name.sql` (lower-case name), so that a typo is not silently skipped.
 */
export async function readMigrations(directory: URL = MIGRATIONS_DIRECTORY): Promise<Migration[]> {
  const names = (await readdir(fileURLToPath(directory))).sort()
  const migrations: Migration[] = []
  for (const name of names) {
    if (!MIGRATION_FILE.test(name)) {
      throw new MigrationError(
        MigrationErrorCode.BadFile,
        `"${name}" in ${fileURLToPath(directory)} is not a migration: name them NNN_name.sql`,
      )
    }
    const sql = await readFile(new URL(name, directory), 'utf8')
    migrations.push({ version: name.slice(0, -'.sql'.length), sql })
  }
  return migrations
}

/**
 * Brings the database to the latest schema: applies every migration file not yet recorded in
 * `schema_migrations`, in name order, each in its own transaction with its record. The whole run
 * holds an advisory lock, so that several processes starting at once apply each migration exactly
 * once (the others wait, then find nothing to do).
 *
 * Rejects with `DATABASE_SCHEMA_TOO_NEW`, before applying anything, when the database records a
 * migration this code does not have (a newer server migrated it), and with
 * `DATABASE_MIGRATION_FAILED` when a migration fails (that migration is rolled back; those
 * before it stay applied).
 */
export async function migrate(
  pool: pg.Pool,
  options: { migrations?: readonly Migration[] } = {},
): Promise<MigrationResult> {
  const migrations = options.migrations ?? (await readMigrations())
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()])
    try {
      return await applyMissing(client, migrations)
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()])
    }
  } finally {
    client.release()
  }
}

async function applyMissing(
  client: pg.PoolClient,
  migrations: readonly Migration[],
): Promise<MigrationResult> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version text PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  )
  const recorded = await client.query<{ version: string }>('SELECT version FROM schema_migrations')
  const done = new Set(recorded.rows.map((row) => row.version))
  const known = new Set(migrations.map((migration) => migration.version))
  const unknown = [...done].filter((version) => !known.has(version)).sort()
  if (unknown.length > 0) {
    throw new MigrationError(
      MigrationErrorCode.TooNew,
      `the database has migrations this server does not know (${unknown.join(', ')}): ` +
        'a newer version of Maillage migrated it; run that version or a later one',
    )
  }
  const applied: string[] = []
  for (const migration of migrations) {
    if (done.has(migration.version)) continue
    await applyOne(client, migration)
    applied.push(migration.version)
  }
  return { applied }
}

async function applyOne(client: pg.PoolClient, migration: Migration): Promise<void> {
  try {
    await client.query('BEGIN')
    await client.query(migration.sql)
    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw new MigrationError(
      MigrationErrorCode.Failed,
      `migration ${migration.version} failed and was rolled back: ${messageOf(error)}`,
      { cause: error },
    )
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
