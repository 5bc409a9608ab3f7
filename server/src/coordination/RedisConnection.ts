import { Redis } from 'ioredis'
import type { Logger } from 'pino'

/** Redis could not be reached when the server started (`REDIS_URL` wrong, or Redis down). */
export class RedisUnavailableError extends Error {
  readonly code = 'COORDINATION_REDIS_UNAVAILABLE'
}

/** Where Redis is and how this workspace's keys are named. */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  readonly url: string
  /** Put before every key and channel (`maillage:`), so several workspaces can share one Redis. */
  readonly prefix: string
  readonly logger: Logger
  /** How long the first connection may take before start-up fails; default 5 s. */
  readonly connectTimeoutMs?: number
  /** How long one command may wait for its reply before it counts as a failure; default 2 s. */
  readonly commandTimeoutMs?: number
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000
const DEFAULT_COMMAND_TIMEOUT_MS = 2_000

/**
 * The two connections of one process to Redis: one for commands, one in subscriber mode (Redis
 * takes no other command on a subscribed connection). ioredis reconnects both by itself and
 * resubscribes the second. Commands are never queued while the connection is down: they fail at
 * once, so that {@link attempt} falls back to this process instead of making requests wait.
 */
export class RedisConnection {
  readonly commands: Redis
  readonly subscriber: Redis
  readonly prefix: string
  readonly #logger: Logger
  readonly #reconnected = new Set<() => void>()
  #degraded = false
  #closed = false

  private constructor(options: RedisConnectionOptions) {
    this.prefix = options.prefix
    this.#logger = options.logger
    const common = {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    }
    this.commands = new Redis(options.url, {
      ...common,
      enableOfflineQueue: false,
      // A command in flight when the connection drops fails at once instead of being re-sent later.
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    })
    this.subscriber = new Redis(options.url, common)
    for (const client of [this.commands, this.subscriber]) {
      client.on('error', (error: unknown) => {
        this.noteFailure(error)
      })
      client.on('ready', () => {
        this.#noteReady()
      })
    }
  }

  /** Connects both clients; throws {@link RedisUnavailableError} when Redis cannot be reached. */
  static async open(options: RedisConnectionOptions): Promise<RedisConnection> {
    const connection = new RedisConnection(options)
    try {
      await Promise.all([connection.commands.connect(), connection.subscriber.connect()])
    } catch (error) {
      connection.commands.disconnect()
      connection.subscriber.disconnect()
      throw new RedisUnavailableError(`cannot reach Redis at ${withoutPassword(options.url)}`, {
        cause: error,
      })
    }
    return connection
  }

  /** `prefix` + the parts joined by `:`. */
  key(...parts: readonly string[]): string {
    return this.prefix + parts.join(':')
  }

  /** Both connections are up (and not closed). */
  isConnected(): boolean {
    return !this.#closed && this.commands.status === 'ready' && this.subscriber.status === 'ready'
  }

  /** Calls `listener` each time both connections are up again after a failure. */
  onReconnected(listener: () => void): () => void {
    this.#reconnected.add(listener)
    return () => {
      this.#reconnected.delete(listener)
    }
  }

  /**
   * Runs `remote`; when it fails (Redis down, slow or refusing), notes the outage (logged once until
   * Redis is back) and answers with `fallback` instead.
   */
  async attempt<T>(remote: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    let result: T
    try {
      result = await remote()
    } catch (error) {
      this.noteFailure(error)
      return await fallback()
    }
    this.#noteReady()
    return result
  }

  /** Records that Redis failed; the first failure of an outage is logged. */
  noteFailure(error: unknown): void {
    if (this.#degraded) return
    this.#degraded = true
    this.#logger.warn(
      { err: error },
      'Redis unreachable: locks, counters and access events are kept within this process until it is back',
    )
  }

  /** Closes both connections. Safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true
    this.#reconnected.clear()
    await Promise.all([closeClient(this.commands), closeClient(this.subscriber)])
  }

  #noteReady(): void {
    if (!this.#degraded || !this.isConnected()) return
    this.#degraded = false
    this.#logger.info('Redis reachable again: locks, counters and access events shared again')
    for (const listener of [...this.#reconnected]) listener()
  }
}

async function closeClient(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect()
    return
  }
  try {
    await client.quit()
  } catch {
    // The connection dropped while saying goodbye: there is nothing left to close gracefully.
    client.disconnect()
  }
}

function withoutPassword(url: string): string {
  if (!URL.canParse(url)) return '(an invalid URL)'
  const parsed = new URL(url)
  parsed.password = ''
  return parsed.toString()
}
