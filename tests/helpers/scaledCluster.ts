import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { ServerProcess } from './spawnServer.ts'

/** The machine's Redis, which the scale-out tests share (each under a key prefix of its own). */
export const TEST_REDIS_URL = process.env.MAILLAGE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** What {@link startScaledCluster} needs. */
export interface ScaledClusterOptions {
  /** Number of server processes (default 3). */
  readonly processes?: number
  /** Extra environment of every process (e.g. `MAILLAGE_AUTH: 'session'`). */
  readonly env?: Readonly<Record<string, string>>
}

/**
 * N identical Maillage processes, each on a port of its own, over one new PostgreSQL database
 * (`DATABASE_URL`) and the machine's Redis (`REDIS_URL`) under a random key prefix: the scale-out
 * of the README, for tests. Call {@link ScaledCluster.dispose} in `afterAll`.
 */
export interface ScaledCluster {
  readonly processes: readonly ServerProcess[]
  readonly database: TestDatabase
  readonly redisPrefix: string
  /** The process at `index`; throws if there is none. */
  at(index: number): ServerProcess
  /** Kills every process, drops the database and deletes the Redis keys of the prefix. */
  dispose(): Promise<void>
}

/**
 * Starts the cluster, every process at once as a host does after a restart: one of them migrates
 * and seeds the database while the others wait. Rejects, after cleaning up, if one of them does not
 * become ready.
 */
export async function startScaledCluster(
  options: ScaledClusterOptions = {},
): Promise<ScaledCluster> {
  const database = await createTestDatabase()
  const redisPrefix = `maillage-test-${randomBytes(6).toString('hex')}:`
  const dataDir = await mkdtemp(join(tmpdir(), 'maillage-scaled-'))
  const processes = Array.from(
    { length: options.processes ?? 3 },
    () =>
      new ServerProcess({
        dataDir,
        env: {
          DATABASE_URL: database.url,
          REDIS_URL: TEST_REDIS_URL,
          MAILLAGE_REDIS_PREFIX: redisPrefix,
          ...options.env,
        },
      }),
  )
  const cluster: ScaledCluster = {
    processes,
    database,
    redisPrefix,
    at(index) {
      const found = processes[index]
      if (found === undefined) throw new Error(`no process ${index} in the cluster`)
      return found
    },
    async dispose() {
      await Promise.all(processes.map((server) => server.dispose()))
      await database.drop()
      await deleteRedisKeys(redisPrefix)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
  try {
    await Promise.all(processes.map((server) => server.start()))
  } catch (error) {
    await cluster.dispose()
    throw error
  }
  return cluster
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    await redis.connect()
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500)
      if (keys.length > 0) await redis.del(...keys)
      cursor = next
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
}
