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

/** Restarts the sequences of the metadata tables' `seq` columns, as `RESTART IDENTITY` would. */
const RESTART_METADATA_SEQUENCES = `SELECT setval(sequence.oid, 1, false)
  FROM pg_class sequence
  JOIN pg_depend owner ON owner.objid = sequence.oid AND owner.deptype = 'a'
  JOIN pg_class owning ON owning.oid = owner.refobjid
  WHERE sequence.relkind = 'S' AND owning.relname LIKE 'metadata\\_%'`

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
    // DELETE and setval rather than TRUNCATE … RESTART IDENTITY, which gives each of the forty-odd
    // tables a new file on disk: about a second per test where these take milliseconds. Tables
    // whose triggers refuse deletions (the append-only audit trail) are still truncated. No foreign
    // key joins the metadata tables, so the order does not matter.
    empty: async () => {
      const tables = await pool.query<{ tablename: string; guarded: boolean }>(
        `SELECT tablename, EXISTS (
           SELECT 1 FROM pg_trigger WHERE tgrelid = tablename::regclass AND NOT tgisinternal
         ) AS guarded
         FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'metadata\\_%'`,
      )
      const emptying = tables.rows.map(({ tablename, guarded }) =>
        guarded ? `TRUNCATE ${tablename};` : `DELETE FROM ${tablename};`,
      )
      await pool.query(`${emptying.join(' ')} ${RESTART_METADATA_SEQUENCES}`)
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
