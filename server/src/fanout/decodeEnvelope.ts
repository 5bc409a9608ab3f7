import * as decoding from 'lib0/decoding'
import {
  ProtocolError,
  ProtocolErrorCode,
  isDocumentId,
  readVarString,
  readVarUint,
  readVarUint8Array,
  type DocumentId,
} from '@maillage/protocol'
import { SERVER_OWNER } from '../sync/ClientIdOwners.ts'
import type { ClientIdOwnerEntry, FanoutEnvelope } from './FanoutEnvelope.ts'
import { FanoutEnvelopeError, FanoutEnvelopeErrorCode } from './FanoutEnvelopeError.ts'
import { FanoutMessageType, OwnerKind, isFanoutMessageType } from './FanoutMessageType.ts'

/** Longest sender id accepted; process ids are UUIDs (36 characters). */
export const MAX_SENDER_ID_LENGTH = 64

/** Longest account id accepted as the owner of a client id (the publisher leaves longer ones out). */
export const MAX_OWNER_ID_LENGTH = 256

type Header = Pick<FanoutEnvelope, 'sender' | 'documentId'>
type BodyReader = (decoder: decoding.Decoder, header: Header) => FanoutEnvelope

const readers: Readonly<Record<FanoutMessageType, BodyReader>> = {
  [FanoutMessageType.Update]: (decoder, header) => ({
    type: 'update',
    ...header,
    update: readBytes(decoder, 'update'),
    owners: [],
  }),
  [FanoutMessageType.OwnedUpdate]: (decoder, header) => {
    const update = readBytes(decoder, 'update')
    return { type: 'update', ...header, update, owners: readOwners(decoder) }
  },
  [FanoutMessageType.Awareness]: (decoder, header) => ({
    type: 'awareness',
    ...header,
    update: readBytes(decoder, 'awareness update'),
  }),
  [FanoutMessageType.SyncRequest]: (decoder, header) => ({
    type: 'sync-request',
    ...header,
    requestId: readNumber(decoder, 'request id'),
    stateVector: readBytes(decoder, 'state vector'),
  }),
  [FanoutMessageType.SyncReply]: (decoder, header) => readSyncReply(decoder, header, false),
  [FanoutMessageType.OwnedSyncReply]: (decoder, header) => readSyncReply(decoder, header, true),
  [FanoutMessageType.Delete]: (decoder, header) => ({
    type: 'delete',
    ...header,
    requestId: readNumber(decoder, 'request id'),
  }),
  [FanoutMessageType.PresenceRequest]: (decoder, header) => ({
    type: 'presence-request',
    ...header,
    requestId: readNumber(decoder, 'request id'),
  }),
  [FanoutMessageType.PresenceReply]: (decoder, header) => {
    const requestId = readNumber(decoder, 'request id')
    const count = readNumber(decoder, 'account count')
    const accountIds: string[] = []
    // Each id takes at least its length byte: a count beyond the bytes left fails as truncated.
    for (let index = 0; index < count; index++) {
      accountIds.push(readString(decoder, `account id ${index}`))
    }
    return { type: 'presence-reply', ...header, requestId, accountIds }
  },
}

/**
 * Reads one fan-out envelope (layout in `encodeEnvelope.ts`), safely against any bytes: it throws a
 * {@link FanoutEnvelopeError} and nothing else. Payloads are views over the input, not copies.
 */
export function readEnvelope(decoder: decoding.Decoder): FanoutEnvelope {
  const type = readNumber(decoder, 'message type')
  if (!isFanoutMessageType(type)) {
    throw new FanoutEnvelopeError(
      FanoutEnvelopeErrorCode.UnknownType,
      `unknown fan-out message type ${type} at byte 0`,
    )
  }
  const sender = readString(decoder, 'sender id')
  if (sender.length === 0 || sender.length > MAX_SENDER_ID_LENGTH) {
    throw new FanoutEnvelopeError(
      FanoutEnvelopeErrorCode.InvalidField,
      `sender id is ${sender.length} characters long, expected 1 to ${MAX_SENDER_ID_LENGTH}`,
    )
  }
  const documentId = readDocumentId(decoder)
  return readers[type](decoder, { sender, documentId })
}

/** Decodes the bytes of one fan-out envelope (see {@link readEnvelope}). */
export function decodeEnvelope(bytes: Uint8Array): FanoutEnvelope {
  return readEnvelope(decoding.createDecoder(bytes))
}

function readSyncReply(
  decoder: decoding.Decoder,
  header: Header,
  withOwners: boolean,
): FanoutEnvelope {
  const requestId = readNumber(decoder, 'request id')
  const update = readBytes(decoder, 'update')
  const awareness = readBytes(decoder, 'awareness')
  return {
    type: 'sync-reply',
    ...header,
    requestId,
    update,
    awareness: awareness.length === 0 ? null : awareness,
    owners: withOwners ? readOwners(decoder) : [],
  }
}

/**
 * The owner entries of an update (layout in `encodeEnvelope.ts`). Each entry takes at least two
 * bytes, so a count beyond the bytes left fails as truncated before anything large is allocated.
 */
function readOwners(decoder: decoding.Decoder): ClientIdOwnerEntry[] {
  const count = readNumber(decoder, 'owner count')
  const owners: ClientIdOwnerEntry[] = []
  for (let index = 0; index < count; index++) {
    const clientId = readNumber(decoder, `client id of owner ${index}`)
    const start = decoder.pos
    const kind = readNumber(decoder, `kind of owner ${index}`)
    if (kind === OwnerKind.Server) {
      owners.push({ clientId, owner: SERVER_OWNER })
      continue
    }
    if (kind !== OwnerKind.Account) {
      throw new FanoutEnvelopeError(
        FanoutEnvelopeErrorCode.InvalidField,
        `owner kind at byte ${start} is ${kind}, expected 0 (account) or 1 (server)`,
      )
    }
    const owner = readString(decoder, `account id of owner ${index}`)
    if (owner.length > MAX_OWNER_ID_LENGTH) {
      throw new FanoutEnvelopeError(
        FanoutEnvelopeErrorCode.InvalidField,
        `account id of owner ${index} is ${owner.length} characters long, more than ${MAX_OWNER_ID_LENGTH}`,
      )
    }
    owners.push({ clientId, owner })
  }
  return owners
}

function readDocumentId(decoder: decoding.Decoder): DocumentId {
  const start = decoder.pos
  const value = readString(decoder, 'document id')
  if (!isDocumentId(value)) {
    throw new FanoutEnvelopeError(
      FanoutEnvelopeErrorCode.InvalidField,
      `document id at byte ${start} is not a valid document id`,
    )
  }
  return value
}

// The protocol's bounded readers (typed errors, no precision lost above 2^53, no view past the end
// of a slice of a pooled Buffer such as the ones ioredis hands over), their errors renamed for
// the envelope.
function readNumber(decoder: decoding.Decoder, what: string): number {
  return asEnvelopeError(() => readVarUint(decoder, what))
}

function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  return asEnvelopeError(() => readVarUint8Array(decoder, what))
}

function readString(decoder: decoding.Decoder, what: string): string {
  return asEnvelopeError(() => readVarString(decoder, what))
}

function asEnvelopeError<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error
    const code =
      error.code === ProtocolErrorCode.VarIntOverflow
        ? FanoutEnvelopeErrorCode.VarIntOverflow
        : FanoutEnvelopeErrorCode.Truncated
    throw new FanoutEnvelopeError(code, error.message.replace('the frame', 'the envelope'))
  }
}
