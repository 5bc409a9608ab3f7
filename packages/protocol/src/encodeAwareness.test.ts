import * as encoding from 'lib0/encoding'
import { describe, expect, it, onTestFinished } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { decodeMessage } from './decodeMessage.ts'
import { encodeAwareness, encodeQueryAwareness } from './encodeAwareness.ts'

function createAwareness(): Awareness {
  const doc = new Y.Doc()
  doc.clientID = 1
  const awareness = new Awareness(doc)
  onTestFinished(() => {
    awareness.destroy()
    doc.destroy()
  })
  return awareness
}

describe('encodeAwareness', () => {
  it('writes type 1 then the length-prefixed awareness update', () => {
    expect(encodeAwareness(Uint8Array.of(1, 2))).toEqual(Uint8Array.of(0x01, 0x02, 0x01, 0x02))
  })

  it('frames a real awareness update byte for byte', () => {
    const awareness = createAwareness()
    awareness.setLocalState({ user: { name: 'A' } })
    // prettier-ignore
    const golden = Uint8Array.of(
      0x01, 0x19,
      0x01, 0x01, 0x01, 0x15,
      0x7b, 0x22, 0x75, 0x73, 0x65, 0x72, 0x22, 0x3a, 0x7b, 0x22, 0x6e,
      0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0x41, 0x22, 0x7d, 0x7d,
    )
    expect(encodeAwareness(encodeAwarenessUpdate(awareness, [1]))).toEqual(golden)
  })

  it('writes the same bytes as the y-websocket client does around encodeAwarenessUpdate', () => {
    const awareness = createAwareness()
    awareness.setLocalState({ user: { name: 'Maëlle', color: '#0063cb' }, cursor: null })
    const update = encodeAwarenessUpdate(awareness, [1])
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint8Array(encoder, update)
    expect(encodeAwareness(update)).toEqual(encoding.toUint8Array(encoder))
  })

  it('round-trips through decodeMessage', () => {
    const update = Uint8Array.of(1, 8, 1, 1, 2, 4, 0x6e, 0x75, 0x6c, 0x6c)
    expect(decodeMessage(encodeAwareness(update))).toEqual({ type: 'awareness', update })
  })
})

describe('encodeQueryAwareness', () => {
  it('writes the single byte 03', () => {
    expect(encodeQueryAwareness()).toEqual(Uint8Array.of(0x03))
  })

  it('round-trips through decodeMessage', () => {
    expect(decodeMessage(encodeQueryAwareness())).toEqual({ type: 'query-awareness' })
  })
})
