import type { AccessEvents } from './AccessEvents.ts'
import { LocalAccessEvents } from './LocalAccessEvents.ts'

/** What {@link createAccessEvents} reads of the configuration. */
export interface AccessEventsOptions {
  /** Redis shared by the processes of one workspace (`REDIS_URL`); unset: one process. */
  readonly redisUrl?: string
}

/**
 * Opens the {@link AccessEvents} adapter the configuration selects: within this process unless a
 * shared Redis is configured. Refuses a Redis URL it cannot honour rather than silently keeping
 * revocations inside one process of several.
 */
export function createAccessEvents(options: AccessEventsOptions): Promise<AccessEvents> {
  if (options.redisUrl === undefined) return Promise.resolve(new LocalAccessEvents())
  return Promise.reject(
    new Error('REDIS_URL is set but this build has no Redis adapter for access events'),
  )
}
