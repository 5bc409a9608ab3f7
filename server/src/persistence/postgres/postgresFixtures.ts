import { randomBytes } from 'node:crypto'
import pg from 'pg'

/**
 * The PostgreSQL server tests use: the machine's own (trust authentication on 127.0.0.1), or
 * `MAILLAGE_TEST_POSTGRES_URL`. Its database is only used to create and drop the test databases.
 */
export const TEST_POSTGRES_ADMIN_URL =
  process.env.MAILLAGE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** A database made for one test file, and how to drop it. */
export interface TestDatabase {
  /** Connection URL of the new, empty database (a `DATABASE_URL`). */
  readonly url: string
  readonly name: string
  /** Drops the database, closing whatever connections are still open to it. */
  drop(): Promise<void>
}

/**
 * Creates a new empty database on the test server, named `maillage_test_<random>`, so that test
 * files running in parallel never see each other's rows. Call `drop()` in `afterAll`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `maillage_test_${randomBytes(6).toString('hex')}`
  await runAdmin(`CREATE DATABASE ${name}`)
  const url = new URL(TEST_POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    name,
    drop: () => runAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

async function runAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
