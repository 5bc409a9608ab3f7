import * as encoding from 'lib0/encoding'
import { MessageType } from './MessageType.ts'
import { SyncMessageType } from './SyncMessageType.ts'

function encodeSyncMessage(
  syncType: SyncMessageType,
  payload: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** Encodes a sync step 1 frame carrying the sender's Yjs state vector. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array<ArrayBuffer> {
  return encodeSyncMessage(SyncMessageType.Step1, stateVector)
}

/** Encodes a sync step 2 frame carrying the Yjs update that answers a step 1. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array<ArrayBuffer> {
  return encodeSyncMessage(SyncMessageType.Step2, update)
}

/** Encodes a sync update frame carrying an incremental Yjs update. */
export function encodeUpdate(update: Uint8Array): Uint8Array<ArrayBuffer> {
  return encodeSyncMessage(SyncMessageType.Update, update)
}
