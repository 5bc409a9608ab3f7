import * as Y from 'yjs'
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import { encodeAwareness, encodeUpdate } from '@maillage/protocol'
import type { Metrics } from '../observability/Metrics.ts'
import type { Connection } from './Connection.ts'
import { encodeBinaryFrame } from './encodeBinaryFrame.ts'

/**
 * Collects what a room must broadcast during one event-loop turn and sends it at the end of the
 * turn: the document updates merged into one message, the changed awareness states into another.
 * Each message is encoded once, websocket frame included, and the same bytes go to every
 * connection, the sender included.
 */
export class Broadcaster {
  readonly #connections: ReadonlySet<Connection>
  readonly #awareness: Awareness
  readonly #metrics: Metrics
  #updates: Uint8Array[] = []
  #awarenessClientIds = new Set<number>()
  #scheduled: NodeJS.Immediate | undefined

  constructor(options: {
    connections: ReadonlySet<Connection>
    awareness: Awareness
    metrics: Metrics
  }) {
    this.#connections = options.connections
    this.#awareness = options.awareness
    this.#metrics = options.metrics
  }

  /** Queues a document update for the end of this turn. */
  addUpdate(update: Uint8Array): void {
    this.#updates.push(update)
    this.#schedule()
  }

  /** Queues the current awareness state of these clients for the end of this turn. */
  addAwareness(clientIds: Iterable<number>): void {
    for (const clientId of clientIds) this.#awarenessClientIds.add(clientId)
    this.#schedule()
  }

  /** Sends everything queued now. */
  flush(): void {
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled)
    this.#scheduled = undefined
    const updates = this.#updates
    const clientIds = this.#awarenessClientIds
    this.#updates = []
    this.#awarenessClientIds = new Set()
    if (updates.length > 0) {
      const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)
      this.#sendToAll(encodeUpdate(update))
    }
    if (clientIds.size > 0) {
      this.#sendToAll(encodeAwareness(encodeAwarenessUpdate(this.#awareness, [...clientIds])))
    }
  }

  /** Drops what is queued without sending it (the room is closing). */
  cancel(): void {
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled)
    this.#scheduled = undefined
    this.#updates = []
    this.#awarenessClientIds.clear()
  }

  #schedule(): void {
    this.#scheduled ??= setImmediate(() => {
      this.flush()
    })
  }

  #sendToAll(message: Uint8Array): void {
    const frame = encodeBinaryFrame(message)
    let sent = 0
    for (const connection of this.#connections) {
      if (connection.sendFrame(frame)) sent += 1
    }
    this.#metrics.framesSent.inc(sent)
    this.#metrics.bytesSent.inc(sent * message.byteLength)
  }
}
