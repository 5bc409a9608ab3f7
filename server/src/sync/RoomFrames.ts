import type { Awareness } from 'y-protocols/awareness'
import type { Logger } from 'pino'
import {
  CloseCode,
  ProtocolError,
  decodeMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  type DocumentId,
} from '@maillage/protocol'
import type { Metrics } from '../observability/Metrics.ts'
import type { AwarenessHolders } from './AwarenessHolders.ts'
import type { ClientIdOwners } from './ClientIdOwners.ts'
import type { Connection } from './Connection.ts'
import { encodeAwarenessStates } from './encodeAwarenessStates.ts'
import { handleMessage, type RoomContext } from './handleMessage.ts'
import type { LazyDocument } from './LazyDocument.ts'
import type { RoomChangeReport } from './reportRoomChanges.ts'
import type { SuggestionGuard } from './suggestions/SuggestionGuard.ts'
import type { SyncLimits } from './SyncLimits.ts'

/** A new document's whole state as a sync step 2: no struct, no deletion (varUint 0 each). */
const EMPTY_STATE_SYNC_STEP_2 = encodeSyncStep2(Uint8Array.of(0, 0))

/** What {@link RoomFrames} needs from its room. */
export interface RoomFramesOptions {
  readonly id: DocumentId
  readonly document: LazyDocument
  readonly awareness: Awareness
  readonly owners: ClientIdOwners
  readonly holders: AwarenessHolders
  readonly suggestions: SuggestionGuard
  readonly metrics: Metrics
  readonly limits: SyncLimits
  readonly logger: Logger
}

/**
 * The frames a room's connections send: queued per connection (bounded) while the document loads,
 * handled once the connection is greeted, each in its own try/catch so that a bad frame closes
 * only the connection that sent it. Whether the room is loading or ready is the room's call.
 */
export class RoomFrames {
  readonly #options: RoomFramesOptions
  readonly #context: RoomContext

  /** `changes` applies the updates the document takes as they were sent (see `handleMessage`). */
  constructor(options: RoomFramesOptions, changes: Pick<RoomChangeReport, 'applyAsSent'>) {
    this.#options = options
    this.#context = {
      document: options.document,
      awareness: options.awareness,
      metrics: options.metrics,
      maxAwarenessBytes: options.limits.maxAwarenessBytes,
      owners: options.owners,
      holders: options.holders,
      suggestions: options.suggestions,
      changes,
      maxAwarenessClientsPerConnection: options.limits.maxAwarenessClientsPerConnection,
    }
  }

  /**
   * Keeps a frame `connection` sent while the room loads, for {@link greet}. At most
   * `maxQueuedFrames` per connection: one more closes it (`CloseCode.RateLimited`).
   */
  queue(connection: Connection, frame: Uint8Array): void {
    if (connection.queuedFrames.length >= this.#options.limits.maxQueuedFrames) {
      connection.close(CloseCode.RateLimited)
      return
    }
    connection.queuedFrames.push(frame)
  }

  /**
   * Sends `connection` the document's state vector (and, for a new document, its whole state) and
   * the awareness states, then handles the frames it sent while the room loaded. The document must
   * be loaded.
   */
  greet(connection: Connection): void {
    const { document, awareness } = this.#options
    connection.send(encodeSyncStep1(document.stateVector()))
    // A new document's whole state is nothing: sent now, it tells the client it is synced one
    // round trip sooner, and its sync step 1 needs no answer (what changes meanwhile reaches it as
    // every change reaches everyone). See README, a join.
    if (document.isEmpty()) {
      connection.send(EMPTY_STATE_SYNC_STEP_2)
      connection.greetedWithWholeState = true
    }
    const awarenessStates = encodeAwarenessStates(awareness)
    if (awarenessStates !== null) connection.send(awarenessStates)
    const queued = connection.queuedFrames.splice(0)
    for (const frame of queued) this.handle(connection, frame)
  }

  /**
   * Decodes and handles one frame of `connection` (ignored once it is closed). Never throws: an
   * error is logged and closes that connection with `CloseCode.BadMessage`.
   */
  handle(connection: Connection, frame: Uint8Array): void {
    if (!connection.isOpen) return
    try {
      handleMessage(this.#context, connection, decodeMessage(frame))
    } catch (error) {
      // A peer can only hurt its own connection: close it, keep the room and everyone else going.
      this.#options.logger.warn(
        {
          documentId: this.#options.id,
          connectionId: connection.id,
          code: error instanceof ProtocolError ? error.code : 'PROTOCOL_BAD_PAYLOAD',
          reason: error instanceof Error ? error.message : String(error),
        },
        'bad message; closing the connection that sent it',
      )
      connection.close(CloseCode.BadMessage)
    }
  }
}
