import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMigrations } from './migrate.ts'
import { MigrationErrorCode } from './MigrationError.ts'
import { openPostgres, type PostgresLogger } from './openPostgres.ts'
import { createTestDatabase, type TestDatabase } from './postgresFixtures.ts'

const silent: PostgresLogger = { info: () => undefined, error: () => undefined }

describe('openPostgres', () => {
  let database: TestDatabase

  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await database.drop()
  })

  it('migrates a new database to every migration of the source tree before resolving', async () => {
    const logged: object[] = []
    const db = await openPostgres(database.url, {
      logger: { info: (details) => logged.push(details), error: () => undefined },
    })
    try {
      const recorded = await db.pool.query<{ version: string }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      )
      const versions = (await readMigrations()).map((migration) => migration.version)
      expect(recorded.rows.map((row) => row.version)).toEqual(versions)
      expect(logged).toEqual([{ applied: versions }])
      const tables = await db.pool.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
      expect(tables.rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(['document_snapshots', 'document_updates']),
      )
    } finally {
      await db.close()
    }
  })

  it('refuses to open a database that a newer server migrated', async () => {
    const db = await openPostgres(database.url, { logger: silent })
    await db.pool.query(`INSERT INTO schema_migrations (version) VALUES ('999_from_the_future')`)
    await db.close()
    await expect(openPostgres(database.url, { logger: silent })).rejects.toMatchObject({
      code: MigrationErrorCode.TooNew,
    })
  })
})
