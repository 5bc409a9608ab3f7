import type { Logger } from 'pino'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import { systemTimers, type Timers } from '../time/Timers.ts'
import { RedisFanout } from './RedisFanout.ts'
import { RedisPubSub } from './RedisPubSub.ts'

/** What {@link createRedisFanout} needs. */
export interface RedisFanoutConfig {
  /** `REDIS_URL`. */
  readonly redisUrl: string
  /** `MAILLAGE_REDIS_PREFIX`, put before every channel. */
  readonly prefix: string
  /** The documents' store, read again for every loaded room after a Redis outage. */
  readonly store: DocumentStore
  readonly logger: Logger
  readonly timers?: Timers
  /**
   * Largest payload published or accepted (default `DEFAULT_FANOUT_MAX_FRAME_BYTES`); at least the
   * client frame limit.
   */
  readonly maxFrameBytes?: number
  /** Longest wait for the replies to a sync request (default `DEFAULT_SYNC_TIMEOUT_MS`). */
  readonly syncTimeoutMs?: number
  /** How long to wait for Redis at start before refusing to start. */
  readonly connectTimeoutMs?: number
}

/** The fan-out of one process: the room extension to register, and how to stop it. */
export interface RedisFanoutHandle {
  /** Register it among the `extensions` of the `RoomRegistry`. */
  readonly extension: RedisFanout
  /** Stops the fan-out and closes its Redis connections (after the rooms are shut down). */
  close(): Promise<void>
}

/**
 * Connects to Redis (two connections) and builds the fan-out of this process. Rejects with
 * `RedisUnreachableError` if Redis does not answer at start.
 */
export async function createRedisFanout(config: RedisFanoutConfig): Promise<RedisFanoutHandle> {
  const logger = config.logger.child({ component: 'fanout' })
  const pubSub = await RedisPubSub.open({
    redisUrl: config.redisUrl,
    prefix: config.prefix,
    logger,
    connectTimeoutMs: config.connectTimeoutMs,
  })
  try {
    const extension = await RedisFanout.create({
      pubSub,
      store: config.store,
      logger,
      timers: config.timers ?? systemTimers,
      maxFrameBytes: config.maxFrameBytes,
      syncTimeoutMs: config.syncTimeoutMs,
    })
    return {
      extension,
      close: async () => {
        await extension.close()
        await pubSub.close()
      },
    }
  } catch (error) {
    await pubSub.close()
    throw error
  }
}
