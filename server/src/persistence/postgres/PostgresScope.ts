import type pg from 'pg'
import { MetadataError, MetadataErrorCode } from '../MetadataError.ts'

/** What runs one SQL statement: a pool, or a client inside a transaction. */
export interface SqlRunner {
  query<R extends pg.QueryResultRow>(
    text: string,
    values?: readonly unknown[],
  ): Promise<pg.QueryResult<R>>
}

/**
 * First key of the advisory locks of the metadata store (the second says what is locked). The
 * two-key space never overlaps the migration lock; the document store uses another first key.
 */
export const METADATA_LOCK_CLASS = 0x4d_65_74_61 // 'Meta'
/** First key of the per-atelier locks of `changeRegistrations` (second: hash of the atelier id). */
export const ATELIER_LOCK_CLASS = 0x4d_65_74_62
/** Second key of the lock every transaction holds: transactions run one at a time. */
export const TRANSACTION_LOCK = 1
/** Second key of the lock `createFirstAccount` holds while it checks and inserts. */
export const FIRST_ACCOUNT_LOCK = 2

/**
 * Where the statements of a PostgreSQL metadata store run: on the pool (each statement on its
 * own, {@link atomically} in a short transaction of its own) or on the one client of a
 * transaction (then {@link atomically} is a savepoint, so that a refused write leaves the
 * transaction usable, as the embedded store does).
 */
export class PostgresScope {
  readonly #pool: pg.Pool | undefined
  readonly #client: pg.PoolClient | undefined
  readonly #pending = new Set<Promise<unknown>>()
  /** The last savepoint of a transaction's scope: they run one after the other, never nested. */
  #savepoints: Promise<unknown> = Promise.resolve()
  #closed = false

  private constructor(parts: { pool?: pg.Pool; client?: pg.PoolClient }) {
    this.#pool = parts.pool
    this.#client = parts.client
  }

  /** Statements on `pool`, each in its own (implicit) transaction. */
  static ofPool(pool: pg.Pool): PostgresScope {
    return new PostgresScope({ pool })
  }

  /** True for the scope of a transaction. */
  get inTransaction(): boolean {
    return this.#client !== undefined
  }

  /** Runs one statement; rejects with `METADATA_CLOSED` once the scope is closed. */
  query<R extends pg.QueryResultRow>(
    text: string,
    values?: readonly unknown[],
  ): Promise<pg.QueryResult<R>> {
    return this.#track(() => this.#runner().query<R>(text, values as unknown[]))
  }

  /**
   * Runs `work`, one statement that may be refused (a unique key): on the pool as it is, in a
   * transaction in a savepoint, so that the refusal leaves the transaction usable.
   */
  write<R>(work: (runner: SqlRunner) => Promise<R>): Promise<R> {
    if (this.#client !== undefined) return this.atomically(work)
    return this.#track(() => work(this.#runner()))
  }

  /**
   * Runs `work` on one client in a read-only transaction that sees one snapshot of the database
   * (REPEATABLE READ), whatever is committed meanwhile. In a transaction's scope, runs it there.
   */
  snapshot<R>(work: (runner: SqlRunner) => Promise<R>): Promise<R> {
    const client = this.#client
    if (client !== undefined) return this.#track(() => work(client))
    const begin = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'
    return this.#track(() => inPooledTransaction(this.#pooled(), work, { begin }))
  }

  /**
   * Runs `work`'s statements so that they take effect together or not at all, on one client.
   * `locks` are second keys of advisory locks (first key `lockClass`) taken first, held to the end.
   */
  atomically<R>(work: (runner: SqlRunner) => Promise<R>, locks?: AdvisoryLocks): Promise<R> {
    return this.#track(async () => {
      const client = this.#client
      if (client !== undefined) {
        const next = this.#savepoints
          .then(ignore, ignore)
          .then(() => inSavepoint(client, work, locks))
        this.#savepoints = next
        return await next
      }
      return await inPooledTransaction(this.#pooled(), work, { locks })
    })
  }

  /**
   * Runs `work` with the scope of a new transaction on one pooled client: BEGIN, the lock that
   * makes transactions run one at a time, `work`, COMMIT (ROLLBACK if `work` throws). The scope
   * `work` receives is closed when it ends. In a transaction's scope, runs `work` in it.
   */
  transaction<R>(work: (scope: PostgresScope) => Promise<R>): Promise<R> {
    if (this.#client !== undefined) return work(this)
    const locks = { lockClass: METADATA_LOCK_CLASS, keys: [TRANSACTION_LOCK] }
    return this.#track(() =>
      inPooledTransaction(
        this.#pooled(),
        async (client) => {
          const scope = new PostgresScope({ client })
          try {
            return await work(scope)
          } finally {
            // Before COMMIT: calls `work` left running end first, inside the transaction.
            await scope.close()
          }
        },
        { locks },
      ),
    )
  }

  /** Makes every further call reject with `METADATA_CLOSED`, then waits for the calls under way. */
  async close(): Promise<void> {
    this.#closed = true
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending])
  }

  #runner(): SqlRunner {
    const runner = this.#client ?? this.#pool
    if (runner === undefined) throw new Error('a scope has a pool or a client')
    return runner
  }

  #pooled(): pg.Pool {
    const pool = this.#pool
    if (pool === undefined) throw new Error('only the scope of a pool connects')
    return pool
  }

  #track<R>(call: () => Promise<R>): Promise<R> {
    if (this.#closed) return Promise.reject(closedError())
    const promise = call()
    this.#pending.add(promise)
    const forget = (): void => {
      this.#pending.delete(promise)
    }
    promise.then(forget, forget)
    return promise
  }
}

async function takeLocks(runner: SqlRunner, locks: AdvisoryLocks | undefined): Promise<void> {
  for (const key of locks?.keys ?? []) {
    const second = typeof key === 'number' ? '$2::int' : 'hashtext($2)'
    await runner.query(`SELECT pg_advisory_xact_lock($1, ${second})`, [locks?.lockClass, key])
  }
}

/** Advisory locks to take: second keys (numbers, or strings hashed by `hashtext`) of one class. */
interface AdvisoryLocks {
  lockClass: number
  keys: readonly (number | string)[]
}

/**
 * Runs `work` in a transaction on a client of `pool`: `begin`, the `locks`, `work`, COMMIT, or
 * ROLLBACK when anything throws (the error rejects). A client whose ROLLBACK failed is destroyed
 * instead of returned to the pool.
 */
async function inPooledTransaction<R>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<R>,
  options: { begin?: string; locks?: AdvisoryLocks },
): Promise<R> {
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query(options.begin ?? 'BEGIN')
    try {
      await takeLocks(client, options.locks)
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        // The connection is in an unknown state: destroyed below. The caller gets `error`, the
        // cause of the failure; the rollback's error is only what made the client unusable.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))
      })
      throw error
    }
  } finally {
    client.release(broken)
  }
}

async function inSavepoint<R>(
  client: pg.PoolClient,
  work: (runner: SqlRunner) => Promise<R>,
  locks: AdvisoryLocks | undefined,
): Promise<R> {
  await client.query('SAVEPOINT metadata_write')
  try {
    // Advisory locks taken in a savepoint are held to the end of the transaction, not released
    // by the savepoint's release or rollback.
    await takeLocks(client, locks)
    const result = await work(client)
    await client.query('RELEASE SAVEPOINT metadata_write')
    return result
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT metadata_write')
    throw error
  }
}

function ignore(): void {
  // Only the order matters here: each caller receives its own savepoint's outcome.
}

function closedError(): MetadataError {
  return new MetadataError(MetadataErrorCode.Closed, 'metadata store is closed')
}
