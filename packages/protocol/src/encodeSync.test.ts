import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { decodeMessage } from './decodeMessage.ts'
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './encodeSync.ts'

function writtenBy(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // y-websocket's messageSync, written before every sync message
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function createDocWithTitle(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = 1
  doc.getText('title').insert(0, text)
  return doc
}

describe('encodeSyncStep1', () => {
  it('writes type 0, sub-type 0, then the length-prefixed state vector', () => {
    expect(encodeSyncStep1(Uint8Array.of(0))).toEqual(Uint8Array.of(0x00, 0x00, 0x01, 0x00))
    expect(encodeSyncStep1(Uint8Array.of(1, 1, 2))).toEqual(
      Uint8Array.of(0x00, 0x00, 0x03, 0x01, 0x01, 0x02),
    )
  })

  it('writes the same bytes as y-protocols for a real document', () => {
    const doc = createDocWithTitle('hi')
    const expected = writtenBy((encoder) => {
      syncProtocol.writeSyncStep1(encoder, doc)
    })
    expect(encodeSyncStep1(Y.encodeStateVector(doc))).toEqual(expected)
    doc.destroy()
  })

  it('round-trips through decodeMessage', () => {
    const stateVector = Uint8Array.of(2, 7, 9, 3, 1)
    expect(decodeMessage(encodeSyncStep1(stateVector))).toEqual({
      type: 'sync-step-1',
      stateVector,
    })
  })
})

describe('encodeSyncStep2', () => {
  it('writes type 0, sub-type 1, then the length-prefixed update', () => {
    expect(encodeSyncStep2(Uint8Array.of(0, 0))).toEqual(
      Uint8Array.of(0x00, 0x01, 0x02, 0x00, 0x00),
    )
  })

  it('writes the same bytes as y-protocols when answering an empty state vector', () => {
    const doc = createDocWithTitle('hi')
    const stateVector = Y.encodeStateVector(new Y.Doc())
    const expected = writtenBy((encoder) => {
      syncProtocol.writeSyncStep2(encoder, doc, stateVector)
    })
    expect(encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector))).toEqual(expected)
    doc.destroy()
  })

  it('round-trips through decodeMessage', () => {
    const update = Uint8Array.of(0, 0)
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ type: 'sync-step-2', update })
  })
})

describe('encodeUpdate', () => {
  it('writes type 0, sub-type 2, then the length-prefixed update', () => {
    expect(encodeUpdate(Uint8Array.of(1, 2, 3))).toEqual(Uint8Array.of(0x00, 0x02, 0x03, 1, 2, 3))
  })

  it.each([0x7f, 0x80, 0x3fff, 0x4000, 311_043])(
    'writes a payload of %i bytes as a lib0 encoder does',
    (size) => {
      const payload = new Uint8Array(size).map((_, index) => index % 251)
      const expected = writtenBy((encoder) => {
        encoding.writeVarUint(encoder, 2)
        encoding.writeVarUint8Array(encoder, payload)
      })
      expect(encodeUpdate(payload)).toEqual(expected)
    },
  )

  it('writes a length of 200 as the two-byte varUint c8 01', () => {
    const frame = encodeUpdate(new Uint8Array(200).fill(0xab))
    expect(frame.length).toBe(204)
    expect(frame.subarray(0, 5)).toEqual(Uint8Array.of(0x00, 0x02, 0xc8, 0x01, 0xab))
  })

  it('frames a real Yjs update byte for byte', () => {
    const doc = new Y.Doc()
    doc.clientID = 1
    let update: Uint8Array = new Uint8Array()
    doc.on('update', (next: Uint8Array) => {
      update = next
    })
    doc.getText('title').insert(0, 'hi')
    // prettier-ignore
    const golden = Uint8Array.of(
      0x00, 0x02, 0x10,
      0x01, 0x01, 0x01, 0x00, 0x04, 0x01, 0x05, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x02, 0x68, 0x69, 0x00,
    )
    expect(encodeUpdate(update)).toEqual(golden)
    expect(encodeUpdate(update)).toEqual(
      writtenBy((encoder) => {
        syncProtocol.writeUpdate(encoder, update)
      }),
    )
    doc.destroy()
  })

  it('round-trips an empty and a large update through decodeMessage', () => {
    const large = new Uint8Array(20_000).map((_, index) => index % 251)
    expect(decodeMessage(encodeUpdate(new Uint8Array()))).toEqual({
      type: 'update',
      update: new Uint8Array(),
    })
    expect(decodeMessage(encodeUpdate(large))).toEqual({ type: 'update', update: large })
  })
})
