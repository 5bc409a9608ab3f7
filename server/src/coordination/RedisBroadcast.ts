import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import { z } from 'zod'
import { LocalBroadcast } from './LocalBroadcast.ts'
import type { RedisConnection } from './RedisConnection.ts'

/** What a {@link RedisBroadcast} carries, on which channel, and how its logs name it. */
export interface RedisBroadcastOptions<T> {
  /** The channel, under the workspace's prefix: `access-events`. */
  readonly channel: string
  /** The field holding the item in a message, beside the publishing process's `origin`: `change`. */
  readonly field: string
  /** Checks an item received from another process. */
  readonly schema: z.ZodType<T>
  /** The item in log messages: `access change`. */
  readonly itemName: string
  /** The listeners in log messages and errors: `access` gives "an access listener failed". */
  readonly listenerName: string
  /**
   * How many items published while Redis is down are kept and sent once it is back (past it the
   * oldest are dropped, with a warning). Without it, such items reach this process only.
   */
  readonly keepWhileDown?: number
}

/**
 * Typed items broadcast across processes through one Redis pub/sub channel: the mechanism that
 * {@link RedisAccessEvents} and {@link RedisIndexEvents} extend with their channel and schema. An item is delivered to this process's
 * listeners at once (whether or not Redis is up) and sent to the others, which validate it on
 * receipt (a malformed message is logged and dropped); a process skips its own messages, already
 * delivered. What others published while this process was cut off is lost to it: Redis pub/sub
 * keeps nothing.
 */
export abstract class RedisBroadcast<T> {
  readonly #connection: RedisConnection
  readonly #logger: Logger
  readonly #options: RedisBroadcastOptions<T>
  readonly #channel: string
  readonly #messageSchema: z.ZodObject
  readonly #origin = randomUUID()
  readonly #local: LocalBroadcast<T>
  readonly #pending: T[] = []
  readonly #onMessage: (channel: string, message: string) => void
  readonly #stopWatching: () => void
  #closed = false

  protected constructor(
    connection: RedisConnection,
    logger: Logger,
    options: RedisBroadcastOptions<T>,
  ) {
    this.#connection = connection
    this.#logger = logger
    this.#options = options
    this.#channel = connection.key(options.channel)
    // What travels on the channel: the item and the process that published it.
    this.#messageSchema = z.object({ origin: z.string().min(1), [options.field]: options.schema })
    this.#local = new LocalBroadcast<T>(options.listenerName)
    this.#onMessage = (channel, message) => {
      if (channel === this.#channel) this.#receive(message)
    }
    connection.subscriber.on('message', this.#onMessage)
    this.#stopWatching =
      options.keepWhileDown === undefined
        ? () => undefined
        : connection.onReconnected(() => {
            this.#sendPending()
          })
  }

  /** Subscribes to the channel of the workspace; a subclass's `open` awaits it once, before use. */
  protected async subscribeToChannel(): Promise<void> {
    await this.#connection.subscriber.subscribe(this.#channel)
  }

  /**
   * Delivers `item` to this process's listeners, then sends it to the other processes (or, while
   * Redis is down, keeps it for later or drops it: see {@link RedisBroadcastOptions.keepWhileDown}).
   * Rejects as {@link LocalBroadcast.publish} does when a listener of this process threw; the item
   * is sent all the same.
   */
  async publish(item: T): Promise<void> {
    if (this.#closed) return
    const delivered = this.#local.publish(item)
    // Observed here, awaited below: a listener's failure must not keep the other processes uninformed.
    delivered.catch(() => undefined)
    await this.#connection.attempt(
      () => this.#send(item),
      () => {
        this.#keep(item)
        return Promise.resolve()
      },
    )
    await delivered
  }

  subscribe(listener: (item: T) => void): () => void {
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

  async #send(item: T): Promise<void> {
    await this.#connection.commands.publish(
      this.#channel,
      JSON.stringify({ origin: this.#origin, [this.#options.field]: item }),
    )
  }

  #keep(item: T): void {
    const { keepWhileDown, itemName } = this.#options
    if (keepWhileDown === undefined) return
    this.#pending.push(item)
    if (this.#pending.length > keepWhileDown) {
      this.#pending.shift()
      this.#logger.warn(`too many ${itemName}s kept while Redis is down: the oldest is dropped`)
    }
  }

  #sendPending(): void {
    const pending = this.#pending.splice(0)
    for (const item of pending) {
      this.#send(item).catch((error: unknown) => {
        this.#connection.noteFailure(error)
        this.#keep(item)
      })
    }
  }

  #receive(message: string): void {
    const { field, itemName, listenerName } = this.#options
    const parsed = this.#messageSchema.safeParse(parseJson(message))
    if (!parsed.success) {
      this.#logger.error(
        { channel: this.#channel, issues: parsed.error.issues },
        `malformed ${itemName} received from Redis: dropped`,
      )
      return
    }
    if (parsed.data['origin'] === this.#origin) return
    // The message schema checked this field with the item's schema.
    const item = parsed.data[field] as T
    this.#local.publish(item).catch((error: unknown) => {
      this.#logger.error({ err: error, [field]: item }, `an ${listenerName} listener failed`)
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
