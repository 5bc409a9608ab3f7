import type { Logger } from 'pino'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { Coordination } from './Coordination.ts'
import { LocalAccessEvents } from './LocalAccessEvents.ts'
import { LocalIndexEvents } from './LocalIndexEvents.ts'
import { MemoryEventWindows } from './MemoryEventWindows.ts'
import { RedisAccessEvents } from './RedisAccessEvents.ts'
import { RedisEventWindows } from './RedisEventWindows.ts'
import { RedisIndexEvents } from './RedisIndexEvents.ts'
import { RedisKeyedLock, type RedisKeyedLockOptions } from './RedisKeyedLock.ts'

/** Where shared live state lives: absent, in this process; else the Redis at `url`. */
export interface RedisConfig {
  readonly url: string
  /** Before every key and channel (`MAILLAGE_REDIS_PREFIX`, default `maillage:`). */
  readonly prefix: string
}

/**
 * Builds the {@link Coordination} the configuration selects: in-process adapters when `redis` is
 * absent, else Redis ones (connected before it resolves; throws `COORDINATION_REDIS_UNAVAILABLE`
 * when Redis cannot be reached at start-up).
 */
export async function openCoordination(
  redis: RedisConfig | undefined,
  logger: Logger,
  lockOptions: RedisKeyedLockOptions = {},
): Promise<Coordination> {
  if (redis === undefined) return openMemoryCoordination()
  // The Redis client is loaded only when Redis is configured.
  const { RedisConnection } = await import('./RedisConnection.ts')
  const connection = await RedisConnection.open({ url: redis.url, prefix: redis.prefix, logger })
  let accessEvents: RedisAccessEvents
  let indexEvents: RedisIndexEvents
  try {
    accessEvents = await RedisAccessEvents.open(connection, logger)
    indexEvents = await RedisIndexEvents.open(connection, logger)
  } catch (error) {
    await connection.close()
    throw error
  }
  let closing: Promise<void> | undefined
  return {
    kind: 'redis',
    locks: (namespace) => new RedisKeyedLock(connection, namespace, { ...lockOptions, logger }),
    windows: (namespace) => new RedisEventWindows(connection, namespace),
    accessEvents,
    indexEvents,
    isConnected: () => connection.isConnected(),
    onReconnected: (listener) => connection.onReconnected(listener),
    close() {
      closing ??= Promise.all([accessEvents.close(), indexEvents.close()])
        .then(() => undefined)
        .finally(() => connection.close())
      return closing
    },
  }
}

/** The in-process {@link Coordination}: what one process serving the workspace alone needs. */
export function openMemoryCoordination(): Coordination {
  const accessEvents = new LocalAccessEvents()
  const indexEvents = new LocalIndexEvents()
  return {
    kind: 'memory',
    locks: () => new SerialQueues(),
    windows: () => new MemoryEventWindows(),
    accessEvents,
    indexEvents,
    isConnected: () => true,
    // Nothing shared, nothing to lose while disconnected.
    onReconnected: () => () => undefined,
    close: () => Promise.all([accessEvents.close(), indexEvents.close()]).then(() => undefined),
  }
}
