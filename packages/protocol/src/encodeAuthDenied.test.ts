import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as authProtocol from 'y-protocols/auth'
import * as Y from 'yjs'
import { decodeMessage } from './decodeMessage.ts'
import { encodeAuthDenied } from './encodeAuthDenied.ts'

describe('encodeAuthDenied', () => {
  it('writes type 2, sub-type 0, then the reason as a length-prefixed UTF-8 string', () => {
    expect(encodeAuthDenied('no')).toEqual(Uint8Array.of(0x02, 0x00, 0x02, 0x6e, 0x6f))
    expect(encodeAuthDenied('é')).toEqual(Uint8Array.of(0x02, 0x00, 0x02, 0xc3, 0xa9))
  })

  it('writes the same bytes as y-protocols writePermissionDenied', () => {
    const reason = 'accès retiré par l’animateur'
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 2)
    authProtocol.writePermissionDenied(encoder, reason)
    expect(encodeAuthDenied(reason)).toEqual(encoding.toUint8Array(encoder))
  })

  it('is read by y-protocols readAuthMessage as a permission denied with the same reason', () => {
    const decoder = decoding.createDecoder(encodeAuthDenied('forbidden'))
    expect(decoding.readVarUint(decoder)).toBe(2)
    const reasons: string[] = []
    const doc = new Y.Doc()
    authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => reasons.push(reason))
    expect(reasons).toEqual(['forbidden'])
    doc.destroy()
  })

  it('round-trips empty, non-ASCII and BOM-prefixed reasons through decodeMessage', () => {
    for (const reason of ['', 'forbidden', 'accès refusé 🚫', '\ufeffbom']) {
      expect(decodeMessage(encodeAuthDenied(reason))).toEqual({ type: 'auth-denied', reason })
    }
  })
})
