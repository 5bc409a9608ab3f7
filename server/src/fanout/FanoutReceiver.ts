import type { Logger } from 'pino'
import { CloseCode, type DocumentId } from '@maillage/protocol'
import type { Room } from '../sync/Room.ts'
import { claimUpdateOwners } from './clientIdOwners.ts'
import { decodeEnvelope } from './decodeEnvelope.ts'
import type { FanoutEnvelope } from './FanoutEnvelope.ts'
import { FanoutEnvelopeError } from './FanoutEnvelopeError.ts'
import type { FanoutOrigin } from './FanoutOrigin.ts'
import { ENVELOPE_HEADER_ALLOWANCE_BYTES } from './FanoutPublisher.ts'
import type { FanoutRequester } from './FanoutRequester.ts'
import type { PresenceExchange } from './PresenceExchange.ts'
import type { RoomSyncExchange } from './RoomSyncExchange.ts'

/** What {@link FanoutReceiver} needs; `rooms` is the fan-out's map of the rooms loaded here. */
export interface FanoutReceiverOptions {
  readonly processId: string
  readonly origin: FanoutOrigin
  readonly rooms: ReadonlyMap<DocumentId, Room>
  readonly maxFrameBytes: number
  readonly requester: FanoutRequester
  readonly sync: RoomSyncExchange
  readonly presence: PresenceExchange
  readonly logger: Logger
  /** True once the fan-out closed: what arrives afterwards is ignored. */
  readonly isClosed: () => boolean
}

/**
 * Handles the envelopes that arrive on the channels this process listens to: one dispatch per
 * envelope type. A message that is too large, malformed or fails to apply is logged and dropped.
 */
export class FanoutReceiver {
  readonly #options: FanoutReceiverOptions

  constructor(options: FanoutReceiverOptions) {
    this.#options = options
  }

  /** The subscription listener: decodes `message`, then handles it unless this process sent it. */
  readonly receive = (message: Buffer): void => {
    const { maxFrameBytes, logger, processId, isClosed } = this.#options
    if (message.length > maxFrameBytes + ENVELOPE_HEADER_ALLOWANCE_BYTES) {
      logger.warn({ bytes: message.length }, 'fan-out message over the frame limit; dropped')
      return
    }
    let envelope: FanoutEnvelope
    try {
      // A copy: what Yjs keeps of an update must not pin or share ioredis's read buffers.
      envelope = decodeEnvelope(new Uint8Array(message))
    } catch (error) {
      const code = error instanceof FanoutEnvelopeError ? error.code : 'FANOUT_ENVELOPE_INVALID'
      logger.warn({ err: error, code }, 'malformed fan-out message; dropped')
      return
    }
    if (envelope.sender === processId || isClosed()) return
    try {
      this.#handle(envelope)
    } catch (error) {
      // Bad content from another process harms neither this room nor the others: log and go on.
      logger.warn(
        { err: error, documentId: envelope.documentId, type: envelope.type },
        'fan-out message could not be applied; dropped',
      )
    }
  }

  #handle(envelope: FanoutEnvelope): void {
    const { rooms, origin, logger, requester, sync, presence } = this.#options
    const room = rooms.get(envelope.documentId)
    switch (envelope.type) {
      case 'update':
        if (room === undefined) return
        claimUpdateOwners(room, envelope.update, envelope.owners, logger)
        room.applyRemoteUpdate(envelope.update, origin)
        return
      case 'awareness':
        room?.applyRemoteAwareness(envelope.update, origin)
        return
      case 'sync-request':
        sync.answer(envelope, room)
        return
      case 'sync-reply':
        // A late reply still holds edits: keep them if the room is here.
        if (requester.deliver(envelope) || room === undefined) return
        claimUpdateOwners(room, envelope.update, envelope.owners, logger)
        room.applyRemoteUpdate(envelope.update, origin)
        return
      case 'presence-request':
        presence.answer(envelope, room)
        return
      case 'presence-reply':
        requester.deliver(envelope)
        return
      case 'delete':
        // Closed without saving: what its editors had not saved must not bring the content back.
        room?.close(CloseCode.Forbidden)
        this.#replyOnceSettled(room, () => {
          sync.replyEmpty(envelope)
        })
        return
      default: {
        const unknown: never = envelope
        throw new Error(`unknown envelope ${JSON.stringify(unknown)}`)
      }
    }
  }

  /**
   * Calls `reply` once no save of `room` is under way: the deleting process removes the stored
   * document when every process has answered, so a save of this room that ends later would write
   * the deleted content back (as an orphan of the store, or whole again on the next open).
   */
  #replyOnceSettled(room: Room | undefined, reply: () => void): void {
    if (room === undefined) {
      reply()
      return
    }
    const { isClosed, logger } = this.#options
    room
      .savesSettled()
      .then(() => {
        if (!isClosed()) reply()
      })
      .catch((error: unknown) => {
        logger.warn({ err: error, documentId: room.id }, 'fan-out reply could not be sent')
      })
  }
}
