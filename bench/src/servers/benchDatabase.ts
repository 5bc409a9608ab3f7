import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Cleanup } from '../cleanup.ts'

/**
 * The PostgreSQL server S7 creates its databases on (trust authentication on 127.0.0.1, as the
 * server's tests use), or `MAILLAGE_BENCH_POSTGRES_URL`. Its own database only serves to create
 * and drop the bench's.
 */
export const BENCH_POSTGRES_ADMIN_URL =
  process.env.MAILLAGE_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** A database made for one setup of one run, and how to drop it. */
export interface BenchDatabase {
  readonly name: string
  /** Connection URL of the new, empty database: Maillage's `DATABASE_URL`. */
  readonly url: string
  /** Drops the database, closing whatever connections are still open to it. */
  drop(): Promise<void>
}

/**
 * Creates a new empty database `maillage_bench_<random>`. If the bench dies before `drop()`, the
 * cleanup drops it with `psql` (best effort: synchronous, as an exit handler must be).
 */
export async function createBenchDatabase(cleanup: Cleanup): Promise<BenchDatabase> {
  const name = `maillage_bench_${randomBytes(6).toString('hex')}`
  const dropSql = `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`
  await runAdmin(`CREATE DATABASE ${name}`)
  const finalizer = (): void => {
    spawnSync('psql', [BENCH_POSTGRES_ADMIN_URL, '-q', '-c', dropSql], {
      stdio: 'ignore',
      timeout: 10_000,
    })
  }
  cleanup.addFinalizer(finalizer)
  const url = new URL(BENCH_POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await runAdmin(dropSql)
      cleanup.removeFinalizer(finalizer)
    },
  }
}

async function runAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
