import * as encoding from 'lib0/encoding'
import { SERVER_OWNER } from '../sync/ClientIdOwners.ts'
import type { ClientIdOwnerEntry, FanoutEnvelope } from './FanoutEnvelope.ts'
import { FanoutMessageType, OwnerKind } from './FanoutMessageType.ts'

/**
 * Writes one fan-out envelope:
 *
 * ```
 * varUint        message type (FanoutMessageType)
 * varString      sender process id
 * varString      document id
 * then, by type:
 *   0 update           varUint8Array  Yjs update                       (read only, no owners)
 *   1 awareness        varUint8Array  awareness update
 *   2 sync-request     varUint request id, varUint8Array state vector
 *   3 sync-reply       varUint request id, varUint8Array update,
 *                      varUint8Array awareness (empty: none)          (read only, no owners)
 *   4 delete           varUint request id
 *   5 presence-request varUint request id
 *   6 presence-reply   varUint request id, varUint count, then count × varString account id
 *   7 update           varUint8Array Yjs update, owners
 *   8 sync-reply       varUint request id, varUint8Array update, varUint8Array awareness, owners
 * owners: varUint count, then count × (varUint client id, varUint kind, and if kind is 0
 *         varString account id); kind 0 = an account, 1 = the server (SERVER_OWNER)
 * ```
 *
 * Types 0 and 3 are the layouts before owners travelled: still read (no owners), no longer written.
 * A change of layout takes new type numbers, so that processes of two versions drop each other's
 * envelopes as unknown instead of misreading them.
 */
export function writeEnvelope(encoder: encoding.Encoder, envelope: FanoutEnvelope): void {
  switch (envelope.type) {
    case 'update':
      writeHeader(encoder, FanoutMessageType.OwnedUpdate, envelope)
      encoding.writeVarUint8Array(encoder, envelope.update)
      writeOwners(encoder, envelope.owners)
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
      writeHeader(encoder, FanoutMessageType.OwnedSyncReply, envelope)
      encoding.writeVarUint(encoder, envelope.requestId)
      encoding.writeVarUint8Array(encoder, envelope.update)
      encoding.writeVarUint8Array(encoder, envelope.awareness ?? new Uint8Array(0))
      writeOwners(encoder, envelope.owners)
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

function writeOwners(encoder: encoding.Encoder, owners: readonly ClientIdOwnerEntry[]): void {
  encoding.writeVarUint(encoder, owners.length)
  for (const { clientId, owner } of owners) {
    encoding.writeVarUint(encoder, clientId)
    if (owner === SERVER_OWNER) {
      encoding.writeVarUint(encoder, OwnerKind.Server)
    } else {
      encoding.writeVarUint(encoder, OwnerKind.Account)
      encoding.writeVarString(encoder, owner)
    }
  }
}
