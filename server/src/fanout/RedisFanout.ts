import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { Room } from '../sync/Room.ts'
import type {
  RoomAwarenessEvent,
  RoomEvent,
  RoomExtension,
  RoomUnloadedEvent,
  RoomUpdateEvent,
} from '../sync/RoomHooks.ts'
import type { Timers } from '../time/Timers.ts'
import { listUpdateOwners } from './clientIdOwners.ts'
import { documentChannel, processChannel } from './fanoutChannels.ts'
import type { FanoutEnvelope } from './FanoutEnvelope.ts'
import { FanoutOrigin } from './FanoutOrigin.ts'
import { FanoutPublisher } from './FanoutPublisher.ts'
import { FanoutReceiver } from './FanoutReceiver.ts'
import { FanoutRequester } from './FanoutRequester.ts'
import { PresenceExchange } from './PresenceExchange.ts'
import { recoverRooms } from './recoverRooms.ts'
import type { RedisPubSub } from './RedisPubSub.ts'
import { RoomSyncExchange } from './RoomSyncExchange.ts'
import { SyncRequests } from './SyncRequests.ts'
import { UpdateBatch } from './UpdateBatch.ts'

/**
 * Largest payload published or accepted (an update, a state vector…): 8 MiB, eight client frames.
 * At least the client frame limit (`SyncLimits.maxFrameBytes`), so that every update a client may
 * send crosses; the envelope header comes on top (`ENVELOPE_HEADER_ALLOWANCE_BYTES`).
 */
export const DEFAULT_FANOUT_MAX_FRAME_BYTES = 8 * 1024 * 1024

/** Longest wait for the replies to a sync request (a peer that received it but does not answer). */
export const DEFAULT_SYNC_TIMEOUT_MS = 1000

/** What {@link RedisFanout.create} needs. */
export interface RedisFanoutOptions {
  readonly pubSub: RedisPubSub
  /** Read again for every loaded document when Redis comes back after an outage. */
  readonly store: DocumentStore
  readonly logger: Logger
  readonly timers: Timers
  /** Random (a UUID) unless given. */
  readonly processId?: string
  readonly maxFrameBytes?: number
  readonly syncTimeoutMs?: number
}

/**
 * Carries document updates and awareness between the processes that hold a document loaded, over
 * Redis pub/sub; a room extension. It wires the concepts of this folder: the sync exchange
 * (`RoomSyncExchange`), presence (`PresenceExchange`), the handling of incoming envelopes
 * (`FanoutReceiver`) and the recovery after an outage (`recoverRooms`). See README.md for the
 * protocol and for what happens when Redis is lost.
 */
export class RedisFanout implements RoomExtension {
  readonly name = 'redis-fanout'
  readonly processId: string
  /** Origin of everything this fan-out applies; never published again. */
  readonly origin: FanoutOrigin
  readonly #pubSub: RedisPubSub
  readonly #publisher: FanoutPublisher
  readonly #updates: UpdateBatch
  readonly #requester: FanoutRequester
  readonly #sync: RoomSyncExchange
  readonly #presence: PresenceExchange
  readonly #receiver: FanoutReceiver
  readonly #logger: Logger
  readonly #rooms = new Map<DocumentId, Room>()
  /** The load-time sync of each room, resolved once its replies arrived or timed out. */
  readonly #synced = new Map<DocumentId, Promise<void>>()
  readonly #stopRecovering: () => void
  #closed = false

  private constructor(options: RedisFanoutOptions) {
    this.processId = options.processId ?? randomUUID()
    this.origin = new FanoutOrigin(this.processId)
    this.#pubSub = options.pubSub
    this.#logger = options.logger.child({ processId: this.processId })
    const maxFrameBytes = options.maxFrameBytes ?? DEFAULT_FANOUT_MAX_FRAME_BYTES
    this.#publisher = new FanoutPublisher({
      pubSub: options.pubSub,
      logger: this.#logger,
      maxFrameBytes,
      // A sync request announces the room's state vector: whoever lacks part of it asks for it.
      onBacklog: (documentIds) => {
        for (const id of documentIds) this.#sync.resync(id)
      },
    })
    this.#updates = new UpdateBatch(maxFrameBytes, (documentId, update) => {
      this.#publish(documentChannel(documentId), {
        type: 'update',
        sender: this.processId,
        documentId,
        update,
        owners: listUpdateOwners(this.#rooms.get(documentId), update, this.#logger),
      })
    })
    const requests = new SyncRequests({
      timers: options.timers,
      timeoutMs: options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS,
    })
    this.#requester = new FanoutRequester({
      pubSub: options.pubSub,
      publisher: this.#publisher,
      requests,
    })
    const shared = {
      processId: this.processId,
      requester: this.#requester,
      publisher: this.#publisher,
    }
    this.#sync = new RoomSyncExchange({
      ...shared,
      origin: this.origin,
      rooms: this.#rooms,
      logger: this.#logger,
    })
    this.#presence = new PresenceExchange(shared)
    this.#receiver = new FanoutReceiver({
      processId: this.processId,
      origin: this.origin,
      rooms: this.#rooms,
      maxFrameBytes,
      requester: this.#requester,
      sync: this.#sync,
      presence: this.#presence,
      logger: this.#logger,
      isClosed: () => this.#closed,
    })
    const recoverOptions = {
      rooms: this.#rooms,
      store: options.store,
      origin: this.origin,
      publisher: this.#publisher,
      sync: this.#sync,
      logger: this.#logger,
    }
    this.#stopRecovering = this.#pubSub.onRecovered(() => {
      void recoverRooms(recoverOptions)
    })
  }

  /** Creates the fan-out and subscribes to this process's own channel (sync replies). */
  static async create(options: RedisFanoutOptions): Promise<RedisFanout> {
    const fanout = new RedisFanout(options)
    await fanout.#pubSub.subscribe(processChannel(fanout.processId), fanout.#receiver.receive)
    return fanout
  }

  /** Room hook: subscribes to the document's channel, then asks the others what the room misses. */
  onLoaded({ room }: RoomEvent): void {
    if (this.#closed) return
    this.#rooms.set(room.id, room)
    this.#synced.set(room.id, this.#join(room))
  }

  /** Room hook: publishes an update made in this process (not one received from another). */
  onChanged({ room, update, origin }: RoomUpdateEvent): void {
    if (origin === this.origin || !this.#rooms.has(room.id)) return
    this.#updates.add(room.id, update)
  }

  /** Room hook: publishes an awareness change made in this process. */
  onAwarenessChanged({ room, update, origin }: RoomAwarenessEvent): void {
    if (origin === this.origin || !this.#rooms.has(room.id)) return
    this.#publish(documentChannel(room.id), {
      type: 'awareness',
      sender: this.processId,
      documentId: room.id,
      update,
    })
  }

  /** Room hook: stops hearing the document. */
  onUnloaded({ documentId }: RoomUnloadedEvent): void {
    this.#rooms.delete(documentId)
    this.#synced.delete(documentId)
    this.#publisher.forget(documentId)
    void this.#pubSub.unsubscribe(documentChannel(documentId))
  }

  /** Resolves once the room's load-time sync ended (at once if it is not loaded here). */
  whenSynced(documentId: DocumentId): Promise<void> {
    return this.#synced.get(documentId) ?? Promise.resolve()
  }

  /**
   * Asks every other process holding `documentId` for what a document of `stateVector` misses and
   * hands each answer to `apply`; resolves once all of them answered, or after `syncTimeoutMs`, or
   * at once if Redis is unreachable (logged) or no other process holds it.
   */
  catchUp(
    documentId: DocumentId,
    stateVector: Uint8Array,
    apply: (update: Uint8Array) => void,
  ): Promise<void> {
    return this.#sync.requestSync(documentId, stateVector, documentChannel(documentId), (reply) => {
      apply(reply.update)
    })
  }

  /**
   * Tells every other process holding `documentId` that it is deleted: each closes its room
   * without saving (4403 to its connections) and answers. Resolves once all answered, or after
   * `syncTimeoutMs`, or at once if Redis is unreachable (logged).
   */
  deleteEverywhere(documentId: DocumentId): Promise<void> {
    return this.#requester.ask(
      documentChannel(documentId),
      documentId,
      (requestId) => ({ type: 'delete', sender: this.processId, documentId, requestId }),
      () => undefined,
    )
  }

  /**
   * The ids of the accounts connected to `documentId` through the other processes holding it.
   * Resolves once all of them answered, or after `syncTimeoutMs`, or at once (empty) if Redis is
   * unreachable (logged).
   */
  connectedAccountsElsewhere(documentId: DocumentId): Promise<Set<string>> {
    return this.#presence.askElsewhere(documentId)
  }

  /** Publishes what is queued, ends every wait and stops reacting to Redis. */
  close(): Promise<void> {
    this.#updates.flush()
    this.#closed = true
    this.#stopRecovering()
    this.#requester.close()
    this.#rooms.clear()
    return Promise.resolve()
  }

  async #join(room: Room): Promise<void> {
    await this.#pubSub.subscribe(documentChannel(room.id), this.#receiver.receive)
    if (this.#rooms.get(room.id) !== room) return
    await this.#sync.syncRoom(room, documentChannel(room.id))
  }

  #publish(channel: string, envelope: FanoutEnvelope): void {
    void this.#publisher.publish(channel, envelope)
  }
}
