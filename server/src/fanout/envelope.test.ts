import { parseDocumentId } from '@maillage/protocol'
import { describe, expect, it } from 'vitest'
import { SERVER_OWNER } from '../sync/ClientIdOwners.ts'
import { decodeEnvelope, MAX_OWNER_ID_LENGTH } from './decodeEnvelope.ts'
import { encodeEnvelope } from './encodeEnvelope.ts'
import type { FanoutEnvelope } from './FanoutEnvelope.ts'
import { FanoutEnvelopeError, FanoutEnvelopeErrorCode } from './FanoutEnvelopeError.ts'

const documentId = parseDocumentId('doc')
// 'p1' then 'doc', each with its length: the header every envelope below starts with.
const header = [0x02, 0x70, 0x31, 0x03, 0x64, 0x6f, 0x63]

const samples: readonly { envelope: FanoutEnvelope; bytes: number[] }[] = [
  {
    envelope: { type: 'update', sender: 'p1', documentId, update: Uint8Array.of(9, 8), owners: [] },
    bytes: [0x07, ...header, 0x02, 0x09, 0x08, 0x00],
  },
  {
    envelope: {
      type: 'update',
      sender: 'p1',
      documentId,
      update: Uint8Array.of(9, 8),
      owners: [
        { clientId: 300, owner: 'ab' },
        { clientId: 5, owner: SERVER_OWNER },
      ],
    },
    // Two entries: client id 300, kind account, 'ab'; client id 5, kind server.
    bytes: [
      0x07,
      ...header,
      0x02,
      0x09,
      0x08,
      0x02,
      0xac,
      0x02,
      0x00,
      0x02,
      0x61,
      0x62,
      0x05,
      0x01,
    ],
  },
  {
    envelope: { type: 'awareness', sender: 'p1', documentId, update: Uint8Array.of(7) },
    bytes: [0x01, ...header, 0x01, 0x07],
  },
  {
    envelope: {
      type: 'sync-request',
      sender: 'p1',
      documentId,
      requestId: 300,
      stateVector: Uint8Array.of(1, 5, 2),
    },
    bytes: [0x02, ...header, 0xac, 0x02, 0x03, 0x01, 0x05, 0x02],
  },
  {
    envelope: {
      type: 'sync-reply',
      sender: 'p1',
      documentId,
      requestId: 1,
      update: Uint8Array.of(0, 0),
      awareness: Uint8Array.of(4),
      owners: [],
    },
    bytes: [0x08, ...header, 0x01, 0x02, 0x00, 0x00, 0x01, 0x04, 0x00],
  },
  {
    envelope: {
      type: 'sync-reply',
      sender: 'p1',
      documentId,
      requestId: 0,
      update: Uint8Array.of(0, 0),
      awareness: null,
      owners: [{ clientId: 7, owner: 'a' }],
    },
    bytes: [0x08, ...header, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x07, 0x00, 0x01, 0x61],
  },
  {
    envelope: { type: 'delete', sender: 'p1', documentId, requestId: 2 },
    bytes: [0x04, ...header, 0x02],
  },
  {
    envelope: { type: 'presence-request', sender: 'p1', documentId, requestId: 3 },
    bytes: [0x05, ...header, 0x03],
  },
  {
    envelope: {
      type: 'presence-reply',
      sender: 'p1',
      documentId,
      requestId: 3,
      accountIds: ['a', 'bc'],
    },
    bytes: [0x06, ...header, 0x03, 0x02, 0x01, 0x61, 0x02, 0x62, 0x63],
  },
]

function codeOf(bytes: number[]): string {
  try {
    decodeEnvelope(Uint8Array.from(bytes))
  } catch (error) {
    if (error instanceof FanoutEnvelopeError) return error.code
    throw error
  }
  throw new Error('decoded without error')
}

describe('fan-out envelope', () => {
  it.each(samples)('writes the documented bytes for a $envelope.type envelope', (sample) => {
    expect([...encodeEnvelope(sample.envelope)]).toEqual(sample.bytes)
  })

  it.each(samples)('reads back the $envelope.type envelope it wrote', (sample) => {
    expect(decodeEnvelope(encodeEnvelope(sample.envelope))).toEqual(sample.envelope)
  })

  it('still reads an update and a sync reply of the layouts without owners', () => {
    expect(decodeEnvelope(Uint8Array.from([0x00, ...header, 0x02, 0x09, 0x08]))).toEqual({
      type: 'update',
      sender: 'p1',
      documentId,
      update: Uint8Array.of(9, 8),
      owners: [],
    })
    expect(
      decodeEnvelope(Uint8Array.from([0x03, ...header, 0x01, 0x02, 0x00, 0x00, 0x01, 0x04])),
    ).toEqual({
      type: 'sync-reply',
      sender: 'p1',
      documentId,
      requestId: 1,
      update: Uint8Array.of(0, 0),
      awareness: Uint8Array.of(4),
      owners: [],
    })
  })

  it('refuses an unknown message type', () => {
    expect(codeOf([0x09, ...header, 0x00])).toBe(FanoutEnvelopeErrorCode.UnknownType)
  })

  it('refuses owner entries of an unknown kind, or with an overlong account id', () => {
    expect(codeOf([0x07, ...header, 0x00, 0x01, 0x05, 0x02])).toBe(
      FanoutEnvelopeErrorCode.InvalidField,
    )
    const tooLong = encodeEnvelope({
      type: 'update',
      sender: 'p1',
      documentId,
      update: Uint8Array.of(0, 0),
      owners: [{ clientId: 5, owner: 'x'.repeat(MAX_OWNER_ID_LENGTH + 1) }],
    })
    expect(codeOf([...tooLong])).toBe(FanoutEnvelopeErrorCode.InvalidField)
  })

  it('refuses an update announcing more owner entries than it holds', () => {
    expect(codeOf([0x07, ...header, 0x00, 0xff, 0xff, 0x03, 0x05, 0x01])).toBe(
      FanoutEnvelopeErrorCode.Truncated,
    )
  })

  it('refuses a payload whose length runs past the end of the envelope', () => {
    expect(codeOf([0x00, ...header, 0x05, 0x01])).toBe(FanoutEnvelopeErrorCode.Truncated)
    expect(codeOf([0x00, 0x02, 0x70])).toBe(FanoutEnvelopeErrorCode.Truncated)
    expect(codeOf([])).toBe(FanoutEnvelopeErrorCode.Truncated)
  })

  it('does not read past its slice of a larger buffer', () => {
    const pooled = Uint8Array.from([0x00, ...header, 0x03, 0x01, 0x02, 0x03])
    const slice = pooled.subarray(0, pooled.length - 1)
    expect(() => decodeEnvelope(slice)).toThrow(FanoutEnvelopeError)
  })

  it('refuses a presence reply announcing more account ids than it holds', () => {
    expect(codeOf([0x06, ...header, 0x03, 0xff, 0xff, 0x03, 0x01, 0x61])).toBe(
      FanoutEnvelopeErrorCode.Truncated,
    )
  })

  it('refuses an overlong varUint', () => {
    expect(codeOf([0x02, ...header, ...Array<number>(9).fill(0xff), 0x00])).toBe(
      FanoutEnvelopeErrorCode.VarIntOverflow,
    )
  })

  it('refuses an empty sender and an invalid document id', () => {
    expect(codeOf([0x00, 0x00, 0x03, 0x64, 0x6f, 0x63, 0x00])).toBe(
      FanoutEnvelopeErrorCode.InvalidField,
    )
    expect(codeOf([0x00, 0x02, 0x70, 0x31, 0x02, 0x2f, 0x2f, 0x00])).toBe(
      FanoutEnvelopeErrorCode.InvalidField,
    )
  })
})
