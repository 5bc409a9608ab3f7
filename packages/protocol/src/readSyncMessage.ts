import type * as decoding from 'lib0/decoding'
import { readVarUint, readVarUint8Array } from './boundedDecoding.ts'
import type { Message } from './Message.ts'
import { ProtocolError, ProtocolErrorCode } from './ProtocolError.ts'
import { isSyncMessageType, SyncMessageType } from './SyncMessageType.ts'

type SyncMessageReader = (decoder: decoding.Decoder) => Message

const readers: Readonly<Record<SyncMessageType, SyncMessageReader>> = {
  [SyncMessageType.Step1]: (decoder) => ({
    type: 'sync-step-1',
    stateVector: readVarUint8Array(decoder, 'sync step 1 state vector'),
  }),
  [SyncMessageType.Step2]: (decoder) => ({
    type: 'sync-step-2',
    update: readVarUint8Array(decoder, 'sync step 2 update'),
  }),
  [SyncMessageType.Update]: (decoder) => ({
    type: 'update',
    update: readVarUint8Array(decoder, 'sync update'),
  }),
}

/** Reads what follows {@link MessageType.Sync}: a sync sub-type, then its payload. */
export function readSyncMessage(decoder: decoding.Decoder): Message {
  const start = decoder.pos
  const syncType = readVarUint(decoder, 'sync message type')
  if (!isSyncMessageType(syncType)) {
    throw new ProtocolError(
      ProtocolErrorCode.UnknownSyncMessage,
      `unknown sync message type ${syncType} at byte ${start}`,
    )
  }
  return readers[syncType](decoder)
}
