import * as decoding from 'lib0/decoding'
import { readVarUint, readVarUint8Array } from './boundedDecoding.ts'
import type { Message } from './Message.ts'
import { isMessageType, MessageType } from './MessageType.ts'
import { ProtocolError, ProtocolErrorCode } from './ProtocolError.ts'
import { readAuthMessage } from './readAuthMessage.ts'
import { readSyncMessage } from './readSyncMessage.ts'

type MessageReader = (decoder: decoding.Decoder) => Message

const readers: Readonly<Record<MessageType, MessageReader>> = {
  [MessageType.Sync]: readSyncMessage,
  [MessageType.Awareness]: (decoder) => ({
    type: 'awareness',
    update: readVarUint8Array(decoder, 'awareness update'),
  }),
  [MessageType.Auth]: readAuthMessage,
  [MessageType.QueryAwareness]: () => ({ type: 'query-awareness' }),
}

/**
 * Decodes one y-websocket v1 frame, safely against hostile input: it throws a
 * {@link ProtocolError} and nothing else. Bytes after a complete message are ignored, as
 * y-websocket does. Returned payloads are views over `frame` (no copy): copy them to keep them
 * after the frame's buffer is reused.
 */
export function decodeMessage(frame: Uint8Array): Message {
  if (frame.length === 0) {
    throw new ProtocolError(ProtocolErrorCode.EmptyFrame, 'empty frame')
  }
  const decoder = decoding.createDecoder(frame)
  const type = readVarUint(decoder, 'message type')
  if (!isMessageType(type)) {
    throw new ProtocolError(
      ProtocolErrorCode.UnknownMessage,
      `unknown message type ${type} at byte 0`,
    )
  }
  return readers[type](decoder)
}
