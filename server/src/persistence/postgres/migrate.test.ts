import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { migrate, readMigrations, type Migration } from './migrate.ts'
import { MigrationErrorCode } from './MigrationError.ts'
import { createTestDatabase, type TestDatabase } from './postgresFixtures.ts'

/** Migrations that count how often each was applied: each adds one row to `applications`. */
const first: Migration = {
  version: '001_first',
  sql: `CREATE TABLE applications (version text NOT NULL);
        INSERT INTO applications VALUES ('001_first');`,
}
const counting: Migration[] = [
  first,
  { version: '002_second', sql: `INSERT INTO applications VALUES ('002_second');` },
  { version: '003_third', sql: `INSERT INTO applications VALUES ('003_third');` },
]

describe('migrate', () => {
  let database: TestDatabase
  const pools: pg.Pool[] = []
  const openPool = (): pg.Pool => {
    const pool = new pg.Pool({ connectionString: database.url, max: 2 })
    pools.push(pool)
    return pool
  }

  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.end()))
  })
  afterAll(async () => {
    await database.drop()
  })

  async function resetSchema(pool: pg.Pool): Promise<void> {
    await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  }

  it('applies each migration exactly once when three processes start at once', async () => {
    await resetSchema(openPool())
    const results = await Promise.all(
      [openPool(), openPool(), openPool()].map((pool) => migrate(pool, { migrations: counting })),
    )
    const pool = openPool()
    const rows = await pool.query<{ version: string }>(
      'SELECT version FROM applications ORDER BY version',
    )
    expect(rows.rows.map((row) => row.version)).toEqual(['001_first', '002_second', '003_third'])
    // One run applied everything, the two others found nothing left to do.
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 0, 3])
    const recorded = await pool.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    )
    expect(recorded.rows.map((row) => row.version)).toEqual(counting.map((m) => m.version))
  })

  it('applies only the migrations added since the last run, in name order', async () => {
    const pool = openPool()
    await resetSchema(pool)
    expect(await migrate(pool, { migrations: counting.slice(0, 1) })).toEqual({
      applied: ['001_first'],
    })
    expect(await migrate(pool, { migrations: counting })).toEqual({
      applied: ['002_second', '003_third'],
    })
    expect(await migrate(pool, { migrations: counting })).toEqual({ applied: [] })
  })

  it('refuses a database migrated by a newer server with DATABASE_SCHEMA_TOO_NEW', async () => {
    const pool = openPool()
    await resetSchema(pool)
    await migrate(pool, { migrations: counting })
    await expect(migrate(pool, { migrations: counting.slice(0, 2) })).rejects.toMatchObject({
      code: MigrationErrorCode.TooNew,
      message: expect.stringContaining('003_third') as unknown,
    })
  })

  it('rolls a failing migration back whole and keeps the ones before it', async () => {
    const pool = openPool()
    await resetSchema(pool)
    const failing: Migration = {
      version: '002_broken',
      sql: `INSERT INTO applications VALUES ('002_broken'); SELECT * FROM no_such_table;`,
    }
    await expect(migrate(pool, { migrations: [first, failing] })).rejects.toMatchObject({
      code: MigrationErrorCode.Failed,
    })
    const rows = await pool.query<{ version: string }>('SELECT version FROM applications')
    expect(rows.rows.map((row) => row.version)).toEqual(['001_first'])
    const recorded = await pool.query<{ version: string }>('SELECT version FROM schema_migrations')
    expect(recorded.rows.map((row) => row.version)).toEqual(['001_first'])
    // The lock was released: another run can proceed.
    expect(await migrate(openPool(), { migrations: counting })).toEqual({
      applied: ['002_second', '003_third'],
    })
  })

  it('finds the migration files of the source tree, 001_documents first', async () => {
    const migrations = await readMigrations()
    expect(migrations[0]?.version).toBe('001_documents')
    expect(migrations[0]?.sql).toContain('CREATE TABLE document_updates')
    const versions = migrations.map((migration) => migration.version)
    expect(versions).toEqual([...versions].sort())
  })
})
