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
export class RedisIndexEvents implements IndexEvents {
  readonly #broadcast: RedisBroadcast<IndexEvent>

  private constructor(broadcast: RedisBroadcast<IndexEvent>) {
    this.#broadcast = broadcast
  }

  /** Subscribes to the channel of `connection`'s workspace; resolves once subscribed. */
  static async open(connection: RedisConnection, logger: Logger): Promise<RedisIndexEvents> {
    const broadcast = await RedisBroadcast.open(connection, logger, {
      channel: 'index-events',
      field: 'event',
      schema: eventSchema,
      itemName: 'index event',
      listenerName: 'index',
    })
    return new RedisIndexEvents(broadcast)
  }

  /**
   * Delivers `event` to this process's listeners, then sends it to the other processes (dropped
   * while Redis is down). Rejects as {@link LocalIndexEvents.publish} does when a listener of this
   * process threw; the event is sent all the same.
   */
  publish(event: IndexEvent): Promise<void> {
    return this.#broadcast.publish(event)
  }

  subscribe(listener: (event: IndexEvent) => void): () => void {
    return this.#broadcast.subscribe(listener)
  }

  /** Unsubscribes from the channel and drops every listener; the connection stays open. */
  close(): Promise<void> {
    return this.#broadcast.close()
  }
}
