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
export class RedisAccessEvents extends RedisBroadcast<AccessChange> implements AccessEvents {
  private constructor(connection: RedisConnection, logger: Logger) {
    super(connection, logger, {
      channel: 'access-events',
      field: 'change',
      schema: changeSchema,
      itemName: 'access change',
      listenerName: 'access',
      keepWhileDown: MAX_PENDING_CHANGES,
    })
  }

  /** Subscribes to the channel of `connection`'s workspace; resolves once subscribed. */
  static async open(connection: RedisConnection, logger: Logger): Promise<RedisAccessEvents> {
    const events = new RedisAccessEvents(connection, logger)
    await events.subscribeToChannel()
    return events
  }
}
