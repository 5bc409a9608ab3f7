import { randomUUID } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import type { Logger } from 'pino'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import { LockTimeoutError, type KeyedLock } from './KeyedLock.ts'
import type { RedisConnection } from './RedisConnection.ts'

/** Tunables of a {@link RedisKeyedLock}; every field has a default. */
export interface RedisKeyedLockOptions {
  /** How long a lock outlives a holder that stopped renewing it (a dead process); default 15 s. */
  readonly ttlMs?: number
  /** How long a task waits for its lock before failing with `COORDINATION_LOCK_TIMEOUT`; default 30 s. */
  readonly waitMs?: number
}

const DEFAULT_TTL_MS = 15_000
const DEFAULT_WAIT_MS = 30_000
const FIRST_RETRY_MS = 5
const MAX_RETRY_MS = 200

// Only the holder's token may extend or delete the lock: a holder whose lock expired must not
// release the next holder's.
const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`

/**
 * {@link KeyedLock} across processes: `SET key token NX PX ttl`, renewed every third of the TTL
 * while the task runs, released by compare-and-delete; a waiter retries with a growing, jittered
 * pause. Tasks of this process first queue in a {@link SerialQueues}, so only one per key at a time
 * asks Redis. While Redis cannot be reached, that local queue alone orders the tasks (the lock then
 * holds within this process only; the metadata store's atomic writes remain the last guard).
 */
export class RedisKeyedLock implements KeyedLock {
  readonly #connection: RedisConnection
  readonly #namespace: string
  readonly #logger: Logger
  readonly #ttlMs: number
  readonly #waitMs: number
  readonly #local = new SerialQueues()

  /** `namespace`: the feature's name, so that its keys never meet another feature's. */
  constructor(
    connection: RedisConnection,
    namespace: string,
    options: RedisKeyedLockOptions & { readonly logger: Logger },
  ) {
    this.#connection = connection
    this.#namespace = namespace
    this.#logger = options.logger
    this.#ttlMs = options.ttlMs ?? DEFAULT_TTL_MS
    this.#waitMs = options.waitMs ?? DEFAULT_WAIT_MS
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#local.run(key, () => this.#runLocked(key, task))
  }

  async #runLocked<T>(key: string, task: () => Promise<T>): Promise<T> {
    const redisKey = this.#connection.key('locks', this.#namespace, key)
    const token = randomUUID()
    try {
      await this.#acquire(redisKey, token)
    } catch (error) {
      if (error instanceof LockTimeoutError) throw error
      // Redis is down: the local queue alone orders this process's tasks until it is back.
      this.#connection.noteFailure(error)
      return await task()
    }
    const renewal = this.#renewWhileRunning(redisKey, token)
    try {
      return await task()
    } finally {
      renewal.stop()
      await this.#connection.attempt(
        async () => {
          await this.#connection.commands.eval(RELEASE_SCRIPT, 1, redisKey, token)
        },
        // Unreleased, the lock expires after its TTL.
        () => Promise.resolve(),
      )
    }
  }

  // Resolves once held; throws LockTimeoutError past the wait, or the Redis failure.
  async #acquire(redisKey: string, token: string): Promise<void> {
    const deadline = Date.now() + this.#waitMs
    for (let attempt = 0; ; attempt += 1) {
      const reply = await this.#connection.commands.set(redisKey, token, 'PX', this.#ttlMs, 'NX')
      if (reply === 'OK') return
      const pause = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt, 10))
      // Jitter, so that the waiters of several processes do not retry in step.
      const jittered = pause / 2 + Math.random() * (pause / 2)
      if (Date.now() + jittered > deadline) {
        throw new LockTimeoutError(`waited ${this.#waitMs} ms for the lock ${redisKey}`)
      }
      await delay(jittered)
    }
  }

  #renewWhileRunning(redisKey: string, token: string): { stop(): void } {
    const interval = setInterval(() => {
      this.#connection.commands.eval(RENEW_SCRIPT, 1, redisKey, token, this.#ttlMs).then(
        (renewed) => {
          if (renewed === 0) {
            this.#logger.warn({ lock: redisKey }, 'a lock expired while its task was running')
          }
        },
        (error: unknown) => {
          this.#connection.noteFailure(error)
        },
      )
    }, this.#ttlMs / 3)
    return {
      stop: () => {
        clearInterval(interval)
      },
    }
  }
}
