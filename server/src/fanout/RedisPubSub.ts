import { Redis } from 'ioredis'
import type { Logger } from 'pino'

/** How long {@link RedisPubSub.open} waits for Redis before refusing to start. */
export const DEFAULT_REDIS_CONNECT_TIMEOUT_MS = 10_000

/** What {@link RedisPubSub.open} needs. */
export interface RedisPubSubOptions {
  /** `redis://host:port/db` (`REDIS_URL`). */
  readonly redisUrl: string
  /** Put before every channel name (`MAILLAGE_REDIS_PREFIX`), so workspaces never hear each other. */
  readonly prefix: string
  readonly logger: Logger
  readonly connectTimeoutMs?: number
}

/** Redis was not reachable when the process started. */
export class RedisUnreachableError extends Error {
  override readonly name = 'RedisUnreachableError'
  readonly code = 'FANOUT_REDIS_UNREACHABLE'
}

type Listener = (message: Buffer) => void

/**
 * Binary pub/sub over two Redis connections, one publishing and one subscribed (a subscribed
 * connection may send nothing else). Channel names are given without the prefix.
 *
 * Losing Redis is survived: publishing rejects at once while a connection is down (no offline
 * queue, so an outage never piles updates up in memory), ioredis reconnects with backoff, and once
 * both connections are back every wanted channel is subscribed again and the `onRecovered`
 * listeners run, so that their owner catches up on what it missed meanwhile.
 */
export class RedisPubSub {
  readonly #publisher: Redis
  readonly #subscriber: Redis
  readonly #prefix: string
  readonly #logger: Logger
  /** Wanted channels (full names) and who hears them, whether or not Redis confirmed them. */
  readonly #listeners = new Map<string, Listener>()
  /** Channels Redis confirmed since the subscribed connection was last (re)established. */
  readonly #confirmed = new Set<string>()
  readonly #recoveredListeners = new Set<() => void>()
  #publisherReady = false
  #subscriberReady = false
  #lost = false
  #closed = false

  private constructor(options: RedisPubSubOptions) {
    this.#prefix = options.prefix
    this.#logger = options.logger
    const redisOptions = {
      enableOfflineQueue: false,
      // Subscriptions are renewed here, after a reconnect, before `onRecovered` listeners run.
      autoResubscribe: false,
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    }
    this.#publisher = new Redis(options.redisUrl, {
      ...redisOptions,
      connectionName: 'maillage-pub',
    })
    this.#subscriber = new Redis(options.redisUrl, {
      ...redisOptions,
      connectionName: 'maillage-sub',
    })
    this.#watch(this.#publisher, 'publisher')
    this.#watch(this.#subscriber, 'subscriber')
    this.#subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      this.#listeners.get(channel.toString())?.(message)
    })
  }

  /**
   * Connects both connections; rejects with {@link RedisUnreachableError} if Redis does not answer
   * within `connectTimeoutMs` (a process that cannot reach the Redis it was given refuses to start
   * rather than serve alone). Later outages are survived (see the class).
   */
  static async open(options: RedisPubSubOptions): Promise<RedisPubSub> {
    const pubSub = new RedisPubSub(options)
    const timeoutMs = options.connectTimeoutMs ?? DEFAULT_REDIS_CONNECT_TIMEOUT_MS
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new RedisUnreachableError(`Redis did not answer within ${timeoutMs} ms`))
      }, timeoutMs)
    })
    try {
      await Promise.race([
        Promise.all([pubSub.#publisher.connect(), pubSub.#subscriber.connect()]),
        timeout,
      ])
    } catch (error) {
      await pubSub.close()
      throw error instanceof RedisUnreachableError
        ? error
        : new RedisUnreachableError('could not connect to Redis', { cause: error })
    } finally {
      clearTimeout(timer)
    }
    return pubSub
  }

  /** The channel name as Redis sees it, prefix included. */
  fullName(channel: string): string {
    return this.#prefix + channel
  }

  /**
   * Calls `listener` with every message published on `channel` (one listener per channel; a new
   * one replaces the old). Resolves once Redis confirmed the subscription, or at once while Redis
   * is unreachable (it is then made when Redis comes back). Never rejects: failures are logged.
   */
  async subscribe(channel: string, listener: Listener): Promise<void> {
    const name = this.fullName(channel)
    this.#listeners.set(name, listener)
    if (!this.#subscriberReady || this.#confirmed.has(name)) return
    try {
      await this.#subscriber.subscribe(name)
      if (this.#listeners.has(name)) this.#confirmed.add(name)
    } catch (error) {
      this.#logger.warn({ err: error, channel: name }, 'could not subscribe to a fan-out channel')
    }
  }

  /** Stops hearing `channel`. Never rejects: failures are logged. */
  async unsubscribe(channel: string): Promise<void> {
    const name = this.fullName(channel)
    if (!this.#listeners.delete(name)) return
    this.#confirmed.delete(name)
    if (!this.#subscriberReady) return
    try {
      await this.#subscriber.unsubscribe(name)
    } catch (error) {
      this.#logger.warn({ err: error, channel: name }, 'could not unsubscribe a fan-out channel')
    }
  }

  /** Whether Redis confirmed this process's subscription to `channel`. */
  isSubscribed(channel: string): boolean {
    return this.#confirmed.has(this.fullName(channel))
  }

  /**
   * Publishes `message` on `channel`; resolves with the number of subscribed connections (this
   * process's own included when it listens to that channel) that received it. Rejects at once
   * while Redis is unreachable.
   */
  publish(channel: string, message: Uint8Array): Promise<number> {
    const bytes = Buffer.from(message.buffer, message.byteOffset, message.byteLength)
    return this.#publisher.publish(this.fullName(channel), bytes)
  }

  /**
   * Calls `listener` each time both connections are back after one of them was lost, once every
   * wanted channel is subscribed again. Returns the function that removes it.
   */
  onRecovered(listener: () => void): () => void {
    this.#recoveredListeners.add(listener)
    return () => {
      this.#recoveredListeners.delete(listener)
    }
  }

  /** Closes both connections. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#listeners.clear()
    this.#recoveredListeners.clear()
    await Promise.all([quit(this.#publisher), quit(this.#subscriber)])
  }

  #watch(connection: Redis, role: 'publisher' | 'subscriber'): void {
    let failing = false
    connection.on('error', (error: unknown) => {
      // Once per outage: ioredis reports every failed reconnection attempt.
      if (failing || this.#closed) return
      failing = true
      this.#logger.error({ err: error, role }, 'Redis connection failed; retrying')
    })
    connection.on('close', () => {
      if (this.#closed) return
      if (role === 'publisher') this.#publisherReady = false
      else this.#setSubscriberDown()
      this.#lost = true
    })
    connection.on('ready', () => {
      if (this.#closed) return
      if (failing) this.#logger.info({ role }, 'Redis connection back')
      failing = false
      if (role === 'publisher') {
        this.#publisherReady = true
        this.#recoverIfWhole()
      } else {
        void this.#resubscribe()
      }
    })
  }

  #setSubscriberDown(): void {
    this.#subscriberReady = false
    this.#confirmed.clear()
  }

  async #resubscribe(): Promise<void> {
    const names = [...this.#listeners.keys()]
    try {
      if (names.length > 0) await this.#subscriber.subscribe(...names)
    } catch (error) {
      // The connection dropped again; its next 'ready' tries again.
      this.#logger.warn({ err: error }, 'could not subscribe again to the fan-out channels')
      return
    }
    for (const name of names) if (this.#listeners.has(name)) this.#confirmed.add(name)
    this.#subscriberReady = true
    // Wanted meanwhile, while the subscription above was on its way.
    for (const name of this.#listeners.keys()) {
      if (!this.#confirmed.has(name)) void this.#subscribeName(name)
    }
    this.#recoverIfWhole()
  }

  async #subscribeName(name: string): Promise<void> {
    try {
      await this.#subscriber.subscribe(name)
      if (this.#listeners.has(name)) this.#confirmed.add(name)
    } catch (error) {
      this.#logger.warn({ err: error, channel: name }, 'could not subscribe to a fan-out channel')
    }
  }

  #recoverIfWhole(): void {
    if (!this.#lost || !this.#publisherReady || !this.#subscriberReady) return
    this.#lost = false
    for (const listener of [...this.#recoveredListeners]) {
      try {
        listener()
      } catch (error) {
        this.#logger.error({ err: error }, 'a fan-out recovery listener failed')
      }
    }
  }
}

async function quit(connection: Redis): Promise<void> {
  try {
    await connection.quit()
  } catch {
    // Not connected (never was, or lost): nothing to say goodbye to; disconnect stops retrying.
    connection.disconnect()
  }
}
