import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { IndexEvent, IndexEvents } from './IndexEvents.ts'
import { LocalIndexEvents } from './LocalIndexEvents.ts'
import type { RedisConnection } from './RedisConnection.ts'

const eventSchema = z.object({
  topic: z.enum(['document', 'maturite']),
  spaceId: z.string().min(1).max(200),
  documentId: z.string().min(1).max(200).nullable(),
})

// What travels on the channel: the event and the process that published it.
const messageSchema = z.object({ origin: z.string().min(1), event: eventSchema })

/**
 * {@link IndexEvents} across processes through one Redis pub/sub channel (`…index-events`). An
 * event is delivered to this process's listeners at once and sent to the others, which validate
 * it on receipt (a malformed message is logged and dropped); a process skips its own messages,
 * already delivered. Unlike access changes, events published while Redis is down are not kept:
 * they only tell open dashboards to refresh, and the next event after the outage does it.
 */
export class RedisIndexEvents implements IndexEvents {
  readonly #connection: RedisConnection
  readonly #logger: Logger
  readonly #channel: string
  readonly #origin = randomUUID()
  readonly #local = new LocalIndexEvents()
  readonly #onMessage: (channel: string, message: string) => void
  #closed = false

  private constructor(connection: RedisConnection, logger: Logger) {
    this.#connection = connection
    this.#logger = logger
    this.#channel = connection.key('index-events')
    this.#onMessage = (channel, message) => {
      if (channel === this.#channel) this.#receive(message)
    }
    connection.subscriber.on('message', this.#onMessage)
  }

  /** Subscribes to the channel of `connection`'s workspace; resolves once subscribed. */
  static async open(connection: RedisConnection, logger: Logger): Promise<RedisIndexEvents> {
    const events = new RedisIndexEvents(connection, logger)
    await connection.subscriber.subscribe(events.#channel)
    return events
  }

  /**
   * Delivers `event` to this process's listeners, then sends it to the other processes (dropped
   * while Redis is down). Rejects as {@link LocalIndexEvents.publish} does when a listener of this
   * process threw; the event is sent all the same.
   */
  async publish(event: IndexEvent): Promise<void> {
    if (this.#closed) return
    const delivered = this.#local.publish(event)
    // Observed here, awaited below: a listener's failure must not keep the other processes uninformed.
    delivered.catch(() => undefined)
    await this.#connection.attempt(
      async () => {
        await this.#connection.commands.publish(
          this.#channel,
          JSON.stringify({ origin: this.#origin, event }),
        )
      },
      () => Promise.resolve(),
    )
    await delivered
  }

  subscribe(listener: (event: IndexEvent) => void): () => void {
    return this.#local.subscribe(listener)
  }

  /** Unsubscribes from the channel and drops every listener; the connection stays open. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#connection.subscriber.off('message', this.#onMessage)
    await this.#local.close()
    if (this.#connection.subscriber.status === 'ready') {
      await this.#connection.subscriber.unsubscribe(this.#channel)
    }
  }

  #receive(message: string): void {
    const parsed = messageSchema.safeParse(parseJson(message))
    if (!parsed.success) {
      this.#logger.error(
        { channel: this.#channel, issues: parsed.error.issues },
        'malformed index event received from Redis: dropped',
      )
      return
    }
    if (parsed.data.origin === this.#origin) return
    this.#local.publish(parsed.data.event).catch((error: unknown) => {
      this.#logger.error({ err: error, event: parsed.data.event }, 'an index listener failed')
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
