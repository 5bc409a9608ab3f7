import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Cleanup } from '../cleanup.ts'

/** A Redis key prefix made for one setup of one run, and how to delete its keys. */
export interface BenchRedisPrefix {
  /** `maillage-bench-<random>:`, Maillage's `MAILLAGE_REDIS_PREFIX`. */
  readonly prefix: string
  /** Deletes every key under the prefix (channels leave nothing behind; locks and windows may). */
  release(): Promise<void>
}

/**
 * A new random key prefix on the Redis at `url`. If the bench dies before `release()`, the
 * cleanup deletes its keys with `redis-cli` (best effort: synchronous, as an exit handler must be).
 */
export function createBenchRedisPrefix(cleanup: Cleanup, url: string): BenchRedisPrefix {
  const prefix = `maillage-bench-${randomBytes(6).toString('hex')}:`
  const finalizer = (): void => {
    const scan = spawnSync('redis-cli', ['-u', url, '--scan', '--pattern', `${prefix}*`], {
      encoding: 'utf8',
      timeout: 10_000,
    })
    if (scan.error !== undefined) return
    const keys = scan.stdout.split('\n').filter((key) => key !== '')
    if (keys.length > 0) {
      spawnSync('redis-cli', ['-u', url, 'DEL', ...keys], { stdio: 'ignore', timeout: 10_000 })
    }
  }
  cleanup.addFinalizer(finalizer)
  return {
    prefix,
    release: async () => {
      await deleteKeys(url, prefix)
      cleanup.removeFinalizer(finalizer)
    },
  }
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })
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
