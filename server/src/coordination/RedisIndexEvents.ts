import type { Logger } from 'pino'
import { z } from 'zod'
import type { IndexEvent, IndexEvents } from './IndexEvents.ts'
import { RedisBroadcast } from './RedisBroadcast.ts'
import type { RedisConnection } from './RedisConnection.ts'

const eventSchema = z.object({
  topic: z.enum(['document', 'maturite']),
  spaceId: z.string().min(1).max(200),
  documentId: z.string().min(1).max(200).nullable(),
})

/**
 * {@link IndexEvents} across processes through one Redis pub/sub channel (`…index-events`), a
 * {@link RedisBroadcast}. An event is delivered to this process's listeners at once and sent to
 * the others, which validate it on receipt (a malformed message is logged and dropped); a process
 * skips its own messages, already delivered. Unlike access changes, events published while Redis
 * is down are not kept: they only tell open dashboards to refresh, and the next event after the
 * outage does it.
 */
export class RedisIndexEvents extends RedisBroadcast<IndexEvent> implements IndexEvents {
  private constructor(connection: RedisConnection, logger: Logger) {
    super(connection, logger, {
      channel: 'index-events',
      field: 'event',
      schema: eventSchema,
      itemName: 'index event',
      listenerName: 'index',
    })
  }

  /** Subscribes to the channel of `connection`'s workspace; resolves once subscribed. */
  static async open(connection: RedisConnection, logger: Logger): Promise<RedisIndexEvents> {
    const events = new RedisIndexEvents(connection, logger)
    await events.subscribeToChannel()
    return events
  }
}
