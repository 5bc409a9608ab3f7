import { MessageType } from './MessageType.ts'
import { SyncMessageType } from './SyncMessageType.ts'

/** Bytes of `value` as a varUint (7 bits a byte). */
function varUintLength(value: number): number {
  let bytes = 1
  for (let rest = value; rest > 0x7f; rest = Math.floor(rest / 0x80)) bytes += 1
  return bytes
}

/**
 * `varUint MessageType.Sync`, `varUint syncType`, then the length-prefixed payload, written into one
 * buffer of the exact size: the payload is copied once (a lib0 encoder copies it into its own
 * buffers, then again into the result). Both types are below 0x80, one byte each.
 */
function encodeSyncMessage(
  syncType: SyncMessageType,
  payload: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const frame = new Uint8Array(2 + varUintLength(payload.length) + payload.length)
  frame[0] = MessageType.Sync
  frame[1] = syncType
  let offset = 2
  let rest = payload.length
  for (; rest > 0x7f; rest = Math.floor(rest / 0x80)) frame[offset++] = 0x80 | (rest & 0x7f)
  frame[offset++] = rest
  frame.set(payload, offset)
  return frame
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
