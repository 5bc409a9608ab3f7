import * as encoding from 'lib0/encoding'
import { MessageType } from './MessageType.ts'

/** Encodes an awareness frame around an update from `y-protocols/awareness`' `encodeAwarenessUpdate`. */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}

/** Encodes a query awareness frame, asking the peer for the awareness states it knows. */
export function encodeQueryAwareness(): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.QueryAwareness)
  return encoding.toUint8Array(encoder)
}
