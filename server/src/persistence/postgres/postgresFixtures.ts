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
    drop: async () => {
      await untilUnused(name)
      await runAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/** Longest wait for the connections of a test database to close before it is dropped by force. */
const CLOSING_WAIT_MS = 2000

/**
 * Waits until no connection to database `name` is left, or `CLOSING_WAIT_MS`. A pool's `end()`
 * resolves once its clients are told to close, before their sockets are: dropping the database
 * WITH (FORCE) then would terminate them mid-goodbye, and the server's FATAL 57P01 reaches clients
 * their pool no longer listens to, as an uncaught error in the test that closed them.
 */
async function untilUnused(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    const deadline = Date.now() + CLOSING_WAIT_MS
    for (;;) {
      const { rows } = await client.query<{ connections: number }>(
        'SELECT count(*)::int AS connections FROM pg_stat_activity WHERE datname = $1',
        [name],
      )
      if ((rows[0]?.connections ?? 0) === 0 || Date.now() > deadline) return
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  } finally {
    await client.end()
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
