import * as Y from 'yjs'
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import { encodeAwareness } from '@maillage/protocol'
import type { Metrics } from '../observability/Metrics.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import type { Connection } from './Connection.ts'
import { encodeBinaryFrame, encodeUpdateFrame, payloadBytesOf } from './encodeBinaryFrame.ts'

/**
 * Least time between two broadcasts of one room, in milliseconds. A room edited now and then
 * broadcasts at the end of the turn, as before; a busy one (edits closer than this) sends what
 * arrived meanwhile as one merged message: every client then decodes and applies one update
 * instead of several, and the server writes each socket once. At most this much delay is added,
 * only to an edit that follows the previous broadcast that closely.
 */
export const BROADCAST_INTERVAL_MS = 2

/**
 * Collects what a room must broadcast and sends it at the end of the event-loop turn, or, when
 * the room broadcast less than {@link BROADCAST_INTERVAL_MS} ago, once that interval is over: the
 * document updates merged into one message, the changed awareness states into another. Each
 * message is encoded once, websocket frame included, and the same bytes go to every connection, in
 * the order the updates were applied — but for the connection that sent every update of a message:
 * it has them all already (see README, no echo to the sender).
 */
export class Broadcaster {
  readonly #connections: ReadonlySet<Connection>
  readonly #awareness: Awareness
  readonly #metrics: Metrics
  readonly #timers: Timers
  #updates: Uint8Array[] = []
  /** The connection every queued update came from, if one did (it is not sent them back). */
  #updatesFrom: Connection | null = null
  #awarenessClientIds = new Set<number>()
  #scheduled: NodeJS.Immediate | undefined
  #delayed: TimerHandle | undefined
  #lastFlushAt = Number.NEGATIVE_INFINITY
  /** One callback for every scheduled flush, rather than a closure for each. */
  readonly #flushLater = (): void => {
    this.flush()
  }

  constructor(options: {
    connections: ReadonlySet<Connection>
    awareness: Awareness
    metrics: Metrics
    timers: Timers
  }) {
    this.#connections = options.connections
    this.#awareness = options.awareness
    this.#metrics = options.metrics
    this.#timers = options.timers
  }

  /**
   * Queues a document update for the next broadcast; `from` is the connection that sent it (null:
   * the server's own change, another process's).
   */
  addUpdate(update: Uint8Array, from: Connection | null): void {
    this.#updatesFrom = this.#updates.length === 0 || this.#updatesFrom === from ? from : null
    this.#updates.push(update)
    this.#schedule()
  }

  /** Queues the current awareness state of these clients for the next broadcast. */
  addAwareness(clientIds: Iterable<number>): void {
    for (const clientId of clientIds) this.#awarenessClientIds.add(clientId)
    this.#schedule()
  }

  /** Sends everything queued now. */
  flush(): void {
    this.#unschedule()
    this.#lastFlushAt = this.#timers.now()
    const updates = this.#updates
    const updatesFrom = this.#updatesFrom
    const clientIds = this.#awarenessClientIds
    if (updates.length > 0) {
      this.#updates = []
      this.#updatesFrom = null
      const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)
      this.#sendToAll(encodeUpdateFrame(update), updatesFrom)
    }
    if (clientIds.size > 0) {
      this.#awarenessClientIds = new Set()
      const message = encodeAwareness(encodeAwarenessUpdate(this.#awareness, [...clientIds]))
      this.#sendToAll(encodeBinaryFrame(message), null)
    }
  }

  /** Drops what is queued without sending it (the room is closing). */
  cancel(): void {
    this.#unschedule()
    this.#updates = []
    this.#updatesFrom = null
    this.#awarenessClientIds.clear()
  }

  #schedule(): void {
    if (this.#scheduled !== undefined || this.#delayed !== undefined) return
    // Bounded: a clock set back must not hold a broadcast longer than the interval.
    const waitMs = Math.min(
      this.#lastFlushAt + BROADCAST_INTERVAL_MS - this.#timers.now(),
      BROADCAST_INTERVAL_MS,
    )
    if (waitMs > 0) {
      this.#delayed = this.#timers.setTimeout(this.#flushLater, waitMs)
      return
    }
    this.#scheduled = setImmediate(this.#flushLater)
  }

  #unschedule(): void {
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled)
    if (this.#delayed !== undefined) this.#timers.clearTimeout(this.#delayed)
    this.#scheduled = undefined
    this.#delayed = undefined
  }

  /** Sends `frame` to every connection but `except`. */
  #sendToAll(frame: Buffer, except: Connection | null): void {
    let sent = 0
    for (const connection of this.#connections) {
      if (connection !== except && connection.sendFrame(frame)) sent += 1
    }
    this.#metrics.framesSent.inc(sent)
    this.#metrics.bytesSent.inc(sent * payloadBytesOf(frame))
  }
}
