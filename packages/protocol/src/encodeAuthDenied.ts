import * as encoding from 'lib0/encoding'
import { AuthMessageType } from './AuthMessageType.ts'
import { MessageType } from './MessageType.ts'

/**
 * Encodes a permission denied frame with a human-readable reason; lone UTF-16 surrogates in the
 * reason are written as U+FFFD.
 */
export function encodeAuthDenied(reason: string): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Auth)
  encoding.writeVarUint(encoder, AuthMessageType.PermissionDenied)
  encoding.writeVarString(encoder, reason)
  return encoding.toUint8Array(encoder)
}
