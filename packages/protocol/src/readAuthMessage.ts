import type * as decoding from 'lib0/decoding'
import { AuthMessageType, isAuthMessageType } from './AuthMessageType.ts'
import { readVarString, readVarUint } from './boundedDecoding.ts'
import type { Message } from './Message.ts'
import { ProtocolError, ProtocolErrorCode } from './ProtocolError.ts'

type AuthMessageReader = (decoder: decoding.Decoder) => Message

const readers: Readonly<Record<AuthMessageType, AuthMessageReader>> = {
  [AuthMessageType.PermissionDenied]: (decoder) => ({
    type: 'auth-denied',
    reason: readVarString(decoder, 'permission denied reason'),
  }),
}

/** Reads what follows {@link MessageType.Auth}: an auth sub-type, then its payload. */
export function readAuthMessage(decoder: decoding.Decoder): Message {
  const start = decoder.pos
  const authType = readVarUint(decoder, 'auth message type')
  if (!isAuthMessageType(authType)) {
    throw new ProtocolError(
      ProtocolErrorCode.UnknownMessage,
      `unknown auth message type ${authType} at byte ${start}`,
    )
  }
  return readers[authType](decoder)
}
