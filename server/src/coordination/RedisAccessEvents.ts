import { isDocumentId, parseDocumentId } from '@maillage/protocol'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { AccessChange, AccessEvents } from './AccessEvents.ts'
import { RedisBroadcast } from './RedisBroadcast.ts'
import type { RedisConnection } from './RedisConnection.ts'

/** Changes kept while Redis is down, sent once it is back; past it the oldest are dropped. */
export const MAX_PENDING_CHANGES = 1_000

const changeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    documentId: z.string().refine(isDocumentId).transform(parseDocumentId),
  }),
  z.object({ kind: z.literal('account'), accountId: z.string().min(1) }),
  z.object({ kind: z.literal('session'), sessionTokenHash: z.string().min(1) }),
])

/**
 * {@link AccessEvents} across processes through one Redis pub/sub channel (`…access-events`), a
 * {@link RedisBroadcast}. A change is delivered to this process's listeners at once (whether or
 * not Redis is up) and sent to the others, which validate it on receipt (a malformed message is
 * logged and dropped); a process skips its own messages, already delivered. Changes published
 * while Redis is down are kept (up to {@link MAX_PENDING_CHANGES}) and sent once it is back. What
 * others published while this process was cut off is lost to it: Redis pub/sub keeps nothing.
 */
export class RedisAccessEvents implements AccessEvents {
  readonly #broadcast: RedisBroadcast<AccessChange>

  private constructor(broadcast: RedisBroadcast<AccessChange>) {
    this.#broadcast = broadcast
  }

  /** Subscribes to the channel of `connection`'s workspace; resolves once subscribed. */
  static async open(connection: RedisConnection, logger: Logger): Promise<RedisAccessEvents> {
    const broadcast = await RedisBroadcast.open(connection, logger, {
      channel: 'access-events',
      field: 'change',
      schema: changeSchema,
      itemName: 'access change',
      listenerName: 'access',
      keepWhileDown: MAX_PENDING_CHANGES,
    })
    return new RedisAccessEvents(broadcast)
  }

  /**
   * Delivers `change` to this process's listeners, then sends it to the other processes (or keeps
   * it for later while Redis is down). Rejects as {@link LocalAccessEvents.publish} does when a
   * listener of this process threw; the change is sent all the same.
   */
  publish(change: AccessChange): Promise<void> {
    return this.#broadcast.publish(change)
  }

  subscribe(listener: (change: AccessChange) => void): () => void {
    return this.#broadcast.subscribe(listener)
  }

  /** Unsubscribes from the channel and drops every listener; the connection stays open. */
  close(): Promise<void> {
    return this.#broadcast.close()
  }
}
