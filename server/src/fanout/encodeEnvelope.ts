import * as encoding from 'lib0/encoding'
import type { FanoutEnvelope } from './FanoutEnvelope.ts'
import { FanoutMessageType } from './FanoutMessageType.ts'

/**
 * Writes one fan-out envelope:
 *
 * ```
 * varUint        message type (FanoutMessageType)
 * varString      sender process id
 * varString      document id
 * then, by type:
 *   update       varUint8Array  Yjs update
 *   awareness    varUint8Array  awareness update
 *   sync-request varUint request id, varUint8Array state vector
 *   sync-reply   varUint request id, varUint8Array update, varUint8Array awareness (empty: none)
 *   delete       varUint request id
 *   presence-request  varUint request id
 *   presence-reply    varUint request id, varUint count, then count × varString account id
 * ```
 *
 * A change of layout takes new type numbers, so that processes of two versions drop each other's
 * envelopes as unknown instead of misreading them.
 */
export function writeEnvelope(encoder: encoding.Encoder, envelope: FanoutEnvelope): void {
  switch (envelope.type) {
    case 'update':
      writeHeader(encoder, FanoutMessageType.Update, envelope)
      encoding.writeVarUint8Array(encoder, envelope.update)
      return
    case 'awareness':
      writeHeader(encoder, FanoutMessageType.Awareness, envelope)
      encoding.writeVarUint8Array(encoder, envelope.update)
      return
    case 'sync-request':
      writeHeader(encoder, FanoutMessageType.SyncRequest, envelope)
      encoding.writeVarUint(encoder, envelope.requestId)
      encoding.writeVarUint8Array(encoder, envelope.stateVector)
      return
    case 'sync-reply':
      writeHeader(encoder, FanoutMessageType.SyncReply, envelope)
      encoding.writeVarUint(encoder, envelope.requestId)
      encoding.writeVarUint8Array(encoder, envelope.update)
      encoding.writeVarUint8Array(encoder, envelope.awareness ?? new Uint8Array(0))
      return
    case 'delete':
      writeHeader(encoder, FanoutMessageType.Delete, envelope)
      encoding.writeVarUint(encoder, envelope.requestId)
      return
    case 'presence-request':
      writeHeader(encoder, FanoutMessageType.PresenceRequest, envelope)
      encoding.writeVarUint(encoder, envelope.requestId)
      return
    case 'presence-reply':
      writeHeader(encoder, FanoutMessageType.PresenceReply, envelope)
      encoding.writeVarUint(encoder, envelope.requestId)
      encoding.writeVarUint(encoder, envelope.accountIds.length)
      for (const accountId of envelope.accountIds) encoding.writeVarString(encoder, accountId)
      return
    default: {
      const unknown: never = envelope
      throw new Error(`unknown envelope ${JSON.stringify(unknown)}`)
    }
  }
}

/** The bytes of one fan-out envelope (see {@link writeEnvelope}). */
export function encodeEnvelope(envelope: FanoutEnvelope): Uint8Array {
  const encoder = encoding.createEncoder()
  writeEnvelope(encoder, envelope)
  return encoding.toUint8Array(encoder)
}

function writeHeader(
  encoder: encoding.Encoder,
  type: FanoutMessageType,
  envelope: FanoutEnvelope,
): void {
  encoding.writeVarUint(encoder, type)
  encoding.writeVarString(encoder, envelope.sender)
  encoding.writeVarString(encoder, envelope.documentId)
}
