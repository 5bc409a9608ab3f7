import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import * as Y from 'yjs'
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import { CloseCode, type DocumentId } from '@maillage/protocol'
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
import { clientIdOwnerEntries, writtenClientIds } from './clientIdOwnerEntries.ts'
import { decodeEnvelope } from './decodeEnvelope.ts'
import { documentChannel, processChannel } from './fanoutChannels.ts'
import type {
  ClientIdOwnerEntry,
  FanoutEnvelope,
  FanoutReply,
  FanoutRequest,
  SyncReplyEnvelope,
  SyncRequestEnvelope,
} from './FanoutEnvelope.ts'
import { FanoutEnvelopeError } from './FanoutEnvelopeError.ts'
import { FanoutOrigin } from './FanoutOrigin.ts'
import { ENVELOPE_HEADER_ALLOWANCE_BYTES, FanoutPublisher } from './FanoutPublisher.ts'
import type { RedisPubSub } from './RedisPubSub.ts'
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

/** A Yjs update holding nothing: the reply of a process that no longer holds the document. */
const EMPTY_UPDATE = Uint8Array.of(0, 0)

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
 * Redis pub/sub; a room extension. See README.md for the protocol and for what happens when Redis
 * is lost.
 */
export class RedisFanout implements RoomExtension {
  readonly name = 'redis-fanout'
  readonly processId: string
  /** Origin of everything this fan-out applies; never published again. */
  readonly origin: FanoutOrigin
  readonly #pubSub: RedisPubSub
  readonly #publisher: FanoutPublisher
  readonly #updates: UpdateBatch
  readonly #requests: SyncRequests
  readonly #store: DocumentStore
  readonly #logger: Logger
  readonly #maxFrameBytes: number
  readonly #rooms = new Map<DocumentId, Room>()
  /** The load-time sync of each room, resolved once its replies arrived or timed out. */
  readonly #synced = new Map<DocumentId, Promise<void>>()
  readonly #stopRecovering: () => void
  #closed = false

  private constructor(options: RedisFanoutOptions) {
    this.processId = options.processId ?? randomUUID()
    this.origin = new FanoutOrigin(this.processId)
    this.#pubSub = options.pubSub
    this.#store = options.store
    this.#logger = options.logger.child({ processId: this.processId })
    this.#maxFrameBytes = options.maxFrameBytes ?? DEFAULT_FANOUT_MAX_FRAME_BYTES
    this.#publisher = new FanoutPublisher({
      pubSub: options.pubSub,
      logger: this.#logger,
      maxFrameBytes: this.#maxFrameBytes,
      // A sync request announces the room's state vector: whoever lacks part of it asks for it.
      onBacklog: (documentIds) => {
        for (const id of documentIds) this.#resync(id)
      },
    })
    this.#updates = new UpdateBatch(this.#maxFrameBytes, (documentId, update) => {
      this.#publish(documentChannel(documentId), {
        type: 'update',
        sender: this.processId,
        documentId,
        update,
        owners: this.#ownersOf(this.#rooms.get(documentId), update),
      })
    })
    this.#requests = new SyncRequests({
      timers: options.timers,
      timeoutMs: options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS,
    })
    this.#stopRecovering = this.#pubSub.onRecovered(() => {
      void this.#recover()
    })
  }

  /** Creates the fan-out and subscribes to this process's own channel (sync replies). */
  static async create(options: RedisFanoutOptions): Promise<RedisFanout> {
    const fanout = new RedisFanout(options)
    await fanout.#pubSub.subscribe(processChannel(fanout.processId), fanout.#receive)
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
    return this.#requestSync(documentId, stateVector, documentChannel(documentId), (reply) => {
      apply(reply.update)
    })
  }

  /**
   * Tells every other process holding `documentId` that it is deleted: each closes its room
   * without saving (4403 to its connections) and answers. Resolves once all answered, or after
   * `syncTimeoutMs`, or at once if Redis is unreachable (logged).
   */
  deleteEverywhere(documentId: DocumentId): Promise<void> {
    return this.#ask(
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
  async connectedAccountsElsewhere(documentId: DocumentId): Promise<Set<string>> {
    const accountIds = new Set<string>()
    await this.#ask(
      documentChannel(documentId),
      documentId,
      (requestId) => ({ type: 'presence-request', sender: this.processId, documentId, requestId }),
      (reply) => {
        if (reply.type !== 'presence-reply') return
        for (const accountId of reply.accountIds) accountIds.add(accountId)
      },
    )
    return accountIds
  }

  /** Publishes what is queued, ends every wait and stops reacting to Redis. */
  close(): Promise<void> {
    this.#updates.flush()
    this.#closed = true
    this.#stopRecovering()
    this.#requests.settleAll()
    this.#rooms.clear()
    return Promise.resolve()
  }

  async #join(room: Room): Promise<void> {
    await this.#pubSub.subscribe(documentChannel(room.id), this.#receive)
    if (this.#rooms.get(room.id) !== room) return
    await this.#syncRoom(room, documentChannel(room.id))
  }

  /** Announces the state vector of a loaded room to the other processes (see {@link #answer}). */
  #resync(documentId: DocumentId): void {
    const room = this.#rooms.get(documentId)
    if (room !== undefined) void this.#syncRoom(room, documentChannel(documentId))
  }

  /** Asks for what the room misses and applies the answers. Never rejects: failures are logged. */
  async #syncRoom(room: Room, channel: string): Promise<void> {
    try {
      await this.#requestSync(room.id, room.encodeStateVector(), channel, (reply) => {
        if (this.#rooms.get(room.id) !== room) return
        this.#claimOwners(room, reply.update, reply.owners)
        room.applyRemoteUpdate(reply.update, this.origin)
        if (reply.awareness !== null) room.applyRemoteAwareness(reply.awareness, this.origin)
      })
    } catch (error) {
      this.#logger.error({ err: error, documentId: room.id }, 'could not sync a room')
    }
  }

  #requestSync(
    documentId: DocumentId,
    stateVector: Uint8Array,
    channel: string,
    onReply: (reply: SyncReplyEnvelope) => void,
  ): Promise<void> {
    return this.#ask(
      channel,
      documentId,
      (requestId) => ({
        type: 'sync-request',
        sender: this.processId,
        documentId,
        requestId,
        stateVector,
      }),
      (reply) => {
        if (reply.type === 'sync-reply') onReply(reply)
      },
    )
  }

  /**
   * Publishes the request `make` builds on `channel`, then waits for a reply from each process
   * that received it (PUBLISH counts them), at most `syncTimeoutMs`.
   */
  async #ask(
    channel: string,
    documentId: DocumentId,
    make: (requestId: number) => FanoutRequest,
    onReply: (reply: FanoutReply) => void,
  ): Promise<void> {
    if (this.#closed) return
    // Opened before publishing: replies may arrive before the answer to PUBLISH.
    const { requestId, wait, settled } = this.#requests.open(documentId, onReply)
    const receivers = await this.#publisher.publish(channel, make(requestId))
    // This process hears its own request on a channel it listens to, and ignores it.
    const others = (receivers ?? 0) - (this.#pubSub.isSubscribed(channel) ? 1 : 0)
    wait.expect(Math.max(others, 0))
    return settled
  }

  readonly #receive = (message: Buffer): void => {
    if (message.length > this.#maxFrameBytes + ENVELOPE_HEADER_ALLOWANCE_BYTES) {
      this.#logger.warn({ bytes: message.length }, 'fan-out message over the frame limit; dropped')
      return
    }
    let envelope: FanoutEnvelope
    try {
      // A copy: what Yjs keeps of an update must not pin or share ioredis's read buffers.
      envelope = decodeEnvelope(new Uint8Array(message))
    } catch (error) {
      const code = error instanceof FanoutEnvelopeError ? error.code : 'FANOUT_ENVELOPE_INVALID'
      this.#logger.warn({ err: error, code }, 'malformed fan-out message; dropped')
      return
    }
    if (envelope.sender === this.processId || this.#closed) return
    try {
      this.#handle(envelope)
    } catch (error) {
      // Bad content from another process harms neither this room nor the others: log and go on.
      this.#logger.warn(
        { err: error, documentId: envelope.documentId, type: envelope.type },
        'fan-out message could not be applied; dropped',
      )
    }
  }

  #handle(envelope: FanoutEnvelope): void {
    const room = this.#rooms.get(envelope.documentId)
    switch (envelope.type) {
      case 'update':
        if (room === undefined) return
        this.#claimOwners(room, envelope.update, envelope.owners)
        room.applyRemoteUpdate(envelope.update, this.origin)
        return
      case 'awareness':
        room?.applyRemoteAwareness(envelope.update, this.origin)
        return
      case 'sync-request':
        this.#answer(envelope, room)
        return
      case 'sync-reply':
        // A late reply still holds edits: keep them if the room is here.
        if (this.#requests.deliver(envelope) || room === undefined) return
        this.#claimOwners(room, envelope.update, envelope.owners)
        room.applyRemoteUpdate(envelope.update, this.origin)
        return
      case 'presence-request':
        this.#publish(processChannel(envelope.sender), {
          type: 'presence-reply',
          sender: this.processId,
          documentId: envelope.documentId,
          requestId: envelope.requestId,
          accountIds: connectedAccounts(room),
        })
        return
      case 'presence-reply':
        this.#requests.deliver(envelope)
        return
      case 'delete':
        // Closed without saving: what its editors had not saved must not bring the content back.
        room?.close(CloseCode.Forbidden)
        this.#reply(envelope, EMPTY_UPDATE, null, [])
        return
      default: {
        const unknown: never = envelope
        throw new Error(`unknown envelope ${JSON.stringify(unknown)}`)
      }
    }
  }

  /**
   * Replies to a sync request with what the requester misses and the awareness states known here,
   * and, if the requester holds something this room lacks (it kept editing while Redis was away
   * from one of us), asks it back: so a sync request from either side heals both.
   */
  #answer(request: SyncRequestEnvelope, room: Room | undefined): void {
    if (room === undefined) {
      // Subscribed still, or already: the requester counted this process, so it answers.
      this.#reply(request, EMPTY_UPDATE, null, [])
      return
    }
    const update = room.encodeStateAsUpdate(request.stateVector)
    const owners = this.#ownersOf(room, update)
    this.#reply(request, update, encodeAllAwareness(room.awareness), owners)
    if (isAhead(request.stateVector, room.encodeStateVector())) {
      void this.#syncRoom(room, processChannel(request.sender))
    }
  }

  #reply(
    request: FanoutRequest,
    update: Uint8Array,
    awareness: Uint8Array | null,
    owners: readonly ClientIdOwnerEntry[],
  ): void {
    this.#publish(processChannel(request.sender), {
      type: 'sync-reply',
      sender: this.processId,
      documentId: request.documentId,
      requestId: request.requestId,
      update,
      awareness,
      owners,
    })
  }

  /**
   * The owners in `room` of the client ids `update` writes under, for its envelope: so that every
   * process holding the room refuses them to anyone else (see README.md, ownership).
   */
  #ownersOf(room: Room | undefined, update: Uint8Array): ClientIdOwnerEntry[] {
    if (room === undefined) return []
    try {
      return clientIdOwnerEntries(update, (clientId) => room.ownerOf(clientId))
    } catch (error) {
      // Yjs produced or applied this update already; should it not parse, it crosses unowned.
      this.#logger.error({ err: error, documentId: room.id }, 'could not list the update owners')
      return []
    }
  }

  /**
   * Before a remote update is applied: claims, in `room`, each client id it writes under for its
   * owner in the sending process. An id a different owner claimed here first (both processes
   * claimed it within the Redis latency) is logged and left as it is; the update is applied all
   * the same, since refusing it would set this process apart from the others. Entries about ids the
   * update does not write under are ignored.
   */
  #claimOwners(room: Room, update: Uint8Array, owners: readonly ClientIdOwnerEntry[]): void {
    if (owners.length === 0) return
    let written: Set<number>
    try {
      written = writtenClientIds(update)
    } catch {
      return // Not a Yjs update: applying it fails and is logged there.
    }
    for (const { clientId, owner } of owners) {
      if (!written.has(clientId) || room.claimRemoteOwner(clientId, owner)) continue
      this.#logger.warn(
        { documentId: room.id, clientId },
        'client id owned by different accounts on two processes; remote update applied anyway',
      )
    }
  }

  #publish(channel: string, envelope: FanoutEnvelope): void {
    void this.#publisher.publish(channel, envelope)
  }

  /**
   * Redis is back after an outage (subscriptions renewed): every loaded room merges what the
   * other processes saved meanwhile, then asks them for what they hold unsaved; its own state
   * vector in that request makes them ask back for what they miss of it.
   */
  async #recover(): Promise<void> {
    this.#logger.info({ rooms: this.#rooms.size }, 'Redis back; catching up the loaded documents')
    this.#publisher.clearBacklog()
    for (const room of [...this.#rooms.values()]) {
      try {
        const { updates } = await this.#store.load(room.id)
        if (this.#rooms.get(room.id) !== room) continue
        if (updates.length > 0) room.applyRemoteUpdate(Y.mergeUpdates(updates), this.origin)
      } catch (error) {
        this.#logger.error({ err: error, documentId: room.id }, 'could not read a document back')
      }
      this.#resync(room.id)
    }
  }
}

/** The ids of the accounts connected to `room`, each once; principals without one left out. */
function connectedAccounts(room: Room | undefined): string[] {
  const ids = new Set([...(room?.connections ?? [])].map((connection) => connection.principal.id))
  ids.delete('')
  return [...ids]
}

function encodeAllAwareness(awareness: Awareness): Uint8Array | null {
  const clients = [...awareness.getStates().keys()]
  return clients.length === 0 ? null : encodeAwarenessUpdate(awareness, clients)
}

/** Whether a document of state vector `theirs` holds something one of `ours` lacks. */
function isAhead(theirs: Uint8Array, ours: Uint8Array): boolean {
  const own = Y.decodeStateVector(ours)
  for (const [client, clock] of Y.decodeStateVector(theirs)) {
    if (clock > (own.get(client) ?? 0)) return true
  }
  return false
}
