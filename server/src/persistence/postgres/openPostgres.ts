import pg from 'pg'
import { migrate } from './migrate.ts'

/** Where {@link openPostgres} reports what no caller sees (a pino logger fits). */
export interface PostgresLogger {
  info(details: object, message: string): void
  error(details: object, message: string): void
}

/** An open PostgreSQL database, migrated: the pool the stores share, and how to close it. */
export interface PostgresDatabase {
  readonly pool: pg.Pool
  /** Ends the pool, waiting for the clients in use to be released. Call after closing the stores. */
  close(): Promise<void>
}

/** Connections the pool opens at most, per process, unless told otherwise. */
export const DEFAULT_POOL_SIZE = 10

/**
 * Opens a pool on `url` (a `postgres://` URL) and brings the schema up to date ({@link migrate})
 * before resolving. Rejects if the database cannot be reached or migrated (then the pool is
 * ended): the server must not start on a schema it does not know.
 */
export async function openPostgres(
  url: string,
  options: { logger: PostgresLogger; poolSize?: number },
): Promise<PostgresDatabase> {
  const { logger } = options
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? DEFAULT_POOL_SIZE })
  // An idle client losing its connection emits here; without a listener the process would exit.
  pool.on('error', (error) => {
    logger.error({ err: error }, 'an idle PostgreSQL connection failed; the pool replaces it')
  })
  try {
    const { applied } = await migrate(pool)
    if (applied.length > 0) logger.info({ applied }, 'applied database migrations')
  } catch (error) {
    await pool.end()
    throw error
  }
  let closing: Promise<void> | undefined
  return {
    pool,
    close: () => (closing ??= pool.end()),
  }
}
