import type { Logger } from 'pino'
import * as Y from 'yjs'
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import type { DocumentId } from '@maillage/protocol'
import type { Room } from '../sync/Room.ts'
import { claimUpdateOwners, listUpdateOwners } from './clientIdOwners.ts'
import { documentChannel, processChannel } from './fanoutChannels.ts'
import type {
  ClientIdOwnerEntry,
  FanoutRequest,
  SyncReplyEnvelope,
  SyncRequestEnvelope,
} from './FanoutEnvelope.ts'
import type { FanoutOrigin } from './FanoutOrigin.ts'
import type { FanoutPublisher } from './FanoutPublisher.ts'
import type { FanoutRequester } from './FanoutRequester.ts'

/** A Yjs update holding nothing: the reply of a process that no longer holds the document. */
const EMPTY_UPDATE = Uint8Array.of(0, 0)

/** What {@link RoomSyncExchange} needs; `rooms` is the fan-out's map of the rooms loaded here. */
export interface RoomSyncExchangeOptions {
  readonly processId: string
  readonly origin: FanoutOrigin
  readonly rooms: ReadonlyMap<DocumentId, Room>
  readonly requester: FanoutRequester
  readonly publisher: FanoutPublisher
  readonly logger: Logger
}

/**
 * The sync exchange between processes: a request carries a room's state vector, the replies carry
 * what it misses (with their client id owners and awareness), and a replier that misses part of
 * the requester's state asks it back, so a sync request from either side heals both.
 */
export class RoomSyncExchange {
  readonly #processId: string
  readonly #origin: FanoutOrigin
  readonly #rooms: ReadonlyMap<DocumentId, Room>
  readonly #requester: FanoutRequester
  readonly #publisher: FanoutPublisher
  readonly #logger: Logger

  constructor(options: RoomSyncExchangeOptions) {
    this.#processId = options.processId
    this.#origin = options.origin
    this.#rooms = options.rooms
    this.#requester = options.requester
    this.#publisher = options.publisher
    this.#logger = options.logger
  }

  /** Announces the state vector of a loaded room to the other processes (see {@link answer}). */
  resync(documentId: DocumentId): void {
    const room = this.#rooms.get(documentId)
    if (room !== undefined) void this.syncRoom(room, documentChannel(documentId))
  }

  /**
   * Asks on `channel` for what the room misses and applies the answers, unless the room was
   * unloaded meanwhile. Never rejects: failures are logged.
   */
  async syncRoom(room: Room, channel: string): Promise<void> {
    try {
      await this.requestSync(room.id, room.encodeStateVector(), channel, (reply) => {
        if (this.#rooms.get(room.id) !== room) return
        claimUpdateOwners(room, reply.update, reply.owners, this.#logger)
        room.applyRemoteUpdate(reply.update, this.#origin)
        if (reply.awareness !== null) room.applyRemoteAwareness(reply.awareness, this.#origin)
      })
    } catch (error) {
      this.#logger.error({ err: error, documentId: room.id }, 'could not sync a room')
    }
  }

  /**
   * Publishes a sync request for a document of `stateVector` on `channel` and hands each sync
   * reply to `onReply`; settles as {@link FanoutRequester.ask} does.
   */
  requestSync(
    documentId: DocumentId,
    stateVector: Uint8Array,
    channel: string,
    onReply: (reply: SyncReplyEnvelope) => void,
  ): Promise<void> {
    return this.#requester.ask(
      channel,
      documentId,
      (requestId) => ({
        type: 'sync-request',
        sender: this.#processId,
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
   * Replies to a sync request with what the requester misses and the awareness states known here,
   * and, if the requester holds something this room lacks (it kept editing while Redis was away
   * from one of us), asks it back.
   */
  answer(request: SyncRequestEnvelope, room: Room | undefined): void {
    if (room === undefined) {
      // Subscribed still, or already: the requester counted this process, so it answers.
      this.replyEmpty(request)
      return
    }
    const update = room.encodeStateAsUpdate(request.stateVector)
    const owners = listUpdateOwners(room, update, this.#logger)
    this.#reply(request, update, encodeAllAwareness(room.awareness), owners)
    if (isAhead(request.stateVector, room.encodeStateVector())) {
      void this.syncRoom(room, processChannel(request.sender))
    }
  }

  /** Answers `request` with an empty sync reply: this process holds nothing of it (any longer). */
  replyEmpty(request: FanoutRequest): void {
    this.#reply(request, EMPTY_UPDATE, null, [])
  }

  #reply(
    request: FanoutRequest,
    update: Uint8Array,
    awareness: Uint8Array | null,
    owners: readonly ClientIdOwnerEntry[],
  ): void {
    void this.#publisher.publish(processChannel(request.sender), {
      type: 'sync-reply',
      sender: this.#processId,
      documentId: request.documentId,
      requestId: request.requestId,
      update,
      awareness,
      owners,
    })
  }
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
