import { randomUUID } from 'node:crypto'
import { isDocumentId, parseDocumentId } from '@maillage/protocol'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { AccessChange, AccessEvents } from './AccessEvents.ts'
import { LocalAccessEvents } from './LocalAccessEvents.ts'
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

// What travels on the channel: the change and the process that published it.
const messageSchema = z.object({ origin: z.string().min(1), change: changeSchema })

/**
 * {@link AccessEvents} across processes through one Redis pub/sub channel. A change is delivered
 * to this process's listeners at once (whether or not Redis is up) and sent to the others, which
 * validate it on receipt (a malformed message is logged and dropped); a process skips its own
 * messages, already delivered. Changes published while Redis is down are kept (up to
 * {@link MAX_PENDING_CHANGES}) and sent once it is back. What others published while this process
 * was cut off is lost to it: Redis pub/sub keeps nothing.
 */
export class RedisAccessEvents implements AccessEvents {
  readonly #connection: RedisConnection
  readonly #logger: Logger
  readonly #channel: string
  readonly #origin = randomUUID()
  readonly #local = new LocalAccessEvents()
  readonly #pending: AccessChange[] = []
  readonly #onMessage: (channel: string, message: string) => void
  readonly #stopWatching: () => void
  #closed = false

  private constructor(connection: RedisConnection, logger: Logger) {
    this.#connection = connection
    this.#logger = logger
    this.#channel = connection.key('access-events')
    this.#onMessage = (channel, message) => {
      if (channel === this.#channel) this.#receive(message)
    }
    connection.subscriber.on('message', this.#onMessage)
    this.#stopWatching = connection.onReconnected(() => {
      this.#sendPending()
    })
  }

  /** Subscribes to the channel of `connection`'s workspace; resolves once subscribed. */
  static async open(connection: RedisConnection, logger: Logger): Promise<RedisAccessEvents> {
    const events = new RedisAccessEvents(connection, logger)
    await connection.subscriber.subscribe(events.#channel)
    return events
  }

  /**
   * Delivers `change` to this process's listeners, then sends it to the other processes (or keeps
   * it for later while Redis is down). Rejects as {@link LocalAccessEvents.publish} does when a
   * listener of this process threw; the change is sent all the same.
   */
  async publish(change: AccessChange): Promise<void> {
    if (this.#closed) return
    const delivered = this.#local.publish(change)
    // Observed here, awaited below: a listener's failure must not keep the other processes uninformed.
    delivered.catch(() => undefined)
    await this.#connection.attempt(
      () => this.#send(change),
      () => {
        this.#keep(change)
        return Promise.resolve()
      },
    )
    await delivered
  }

  subscribe(listener: (change: AccessChange) => void): () => void {
    return this.#local.subscribe(listener)
  }

  /** Unsubscribes from the channel and drops every listener; the connection stays open. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#stopWatching()
    this.#connection.subscriber.off('message', this.#onMessage)
    await this.#local.close()
    if (this.#connection.subscriber.status === 'ready') {
      await this.#connection.subscriber.unsubscribe(this.#channel)
    }
  }

  async #send(change: AccessChange): Promise<void> {
    await this.#connection.commands.publish(
      this.#channel,
      JSON.stringify({ origin: this.#origin, change }),
    )
  }

  #keep(change: AccessChange): void {
    this.#pending.push(change)
    if (this.#pending.length > MAX_PENDING_CHANGES) {
      this.#pending.shift()
      this.#logger.warn('too many access changes kept while Redis is down: the oldest is dropped')
    }
  }

  #sendPending(): void {
    const pending = this.#pending.splice(0)
    for (const change of pending) {
      this.#send(change).catch((error: unknown) => {
        this.#connection.noteFailure(error)
        this.#keep(change)
      })
    }
  }

  #receive(message: string): void {
    const parsed = messageSchema.safeParse(parseJson(message))
    if (!parsed.success) {
      this.#logger.error(
        { channel: this.#channel, issues: parsed.error.issues },
        'malformed access change received from Redis: dropped',
      )
      return
    }
    if (parsed.data.origin === this.#origin) return
    this.#local.publish(parsed.data.change).catch((error: unknown) => {
      this.#logger.error({ err: error, change: parsed.data.change }, 'an access listener failed')
    })
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // Not JSON: the schema refuses `undefined`, and the refusal is logged there.
    return undefined
  }
}
