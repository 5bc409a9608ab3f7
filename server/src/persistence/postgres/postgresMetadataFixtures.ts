import pg from 'pg'
import { migrate } from './migrate.ts'
import { createTestDatabase, type TestDatabase } from './postgresFixtures.ts'
import { PostgresMetadataStore } from './PostgresMetadataStore.ts'

/** A migrated test database and pools on it, for the tests of `PostgresMetadataStore`. */
export interface MetadataTestDatabase {
  readonly database: TestDatabase
  /** The first pool; {@link openPool} opens more (as more processes would). */
  readonly pool: pg.Pool
  openPool(): pg.Pool
  /** Empties every metadata table, so that the next test starts from an empty store. */
  empty(): Promise<void>
  /** Ends every pool and drops the database. */
  drop(): Promise<void>
}

/** Creates a database for one test file and applies every migration to it. */
export async function createMetadataTestDatabase(): Promise<MetadataTestDatabase> {
  const database = await createTestDatabase()
  const pools: pg.Pool[] = []
  const openPool = (): pg.Pool => {
    const pool = new pg.Pool({ connectionString: database.url, max: 5 })
    pools.push(pool)
    return pool
  }
  const pool = openPool()
  await migrate(pool)
  return {
    database,
    pool,
    openPool,
    empty: async () => {
      const tables = await pool.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'metadata\\_%'",
      )
      const names = tables.rows.map((row) => row.tablename).join(', ')
      await pool.query(`TRUNCATE ${names} RESTART IDENTITY`)
    },
    drop: async () => {
      await Promise.all(pools.map((opened) => opened.end()))
      await database.drop()
    },
  }
}

/** A store on `pool`. */
export function openMetadataStore(pool: pg.Pool): Promise<PostgresMetadataStore> {
  return PostgresMetadataStore.open(pool)
}
