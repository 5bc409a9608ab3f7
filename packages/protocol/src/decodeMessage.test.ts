import * as encoding from 'lib0/encoding'
import { describe, expect, it, onTestFinished } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { decodeMessage } from './decodeMessage.ts'
import type { Message } from './Message.ts'
import { ProtocolError, ProtocolErrorCode } from './ProtocolError.ts'

function catchProtocolError(frame: Uint8Array): ProtocolError {
  try {
    decodeMessage(frame)
  } catch (error) {
    if (error instanceof ProtocolError) return error
    throw error
  }
  throw new Error(`expected a ProtocolError for frame [${frame.join(', ')}]`)
}

function createDoc(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  onTestFinished(() => {
    doc.destroy()
  })
  return doc
}

function frameOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function payloadOf(message: Message): Uint8Array | undefined {
  switch (message.type) {
    case 'sync-step-1':
      return message.stateVector
    case 'sync-step-2':
    case 'update':
    case 'awareness':
      return message.update
    case 'auth-denied':
    case 'query-awareness':
      return undefined
    default: {
      const unexpected: never = message
      throw new Error(`unexpected message ${JSON.stringify(unexpected)}`)
    }
  }
}

/** mulberry32: a seeded generator, so that a failing fuzz case can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('decodeMessage reading frames written by y-protocols', () => {
  it('reads a sync step 1 whose state vector Yjs can use to compute the missing update', () => {
    const server = createDoc(1)
    const client = createDoc(2)
    server.getText('title').insert(0, 'Diagnostic territorial')
    const frame = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 0)
      syncProtocol.writeSyncStep1(encoder, client)
    })
    const message = decodeMessage(frame)
    if (message.type !== 'sync-step-1') throw new Error(`got ${message.type}`)
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, message.stateVector))
    expect(client.getText('title').toString()).toBe('Diagnostic territorial')
  })

  it('reads a sync step 2 and an update that bring another document to the same state', () => {
    const source = createDoc(1)
    const target = createDoc(2)
    source.getText('title').insert(0, 'Feuille de route')
    const updates: Uint8Array[] = []
    source.on('update', (update: Uint8Array) => updates.push(update))
    const step2 = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 0)
      syncProtocol.writeSyncStep2(encoder, source, Y.encodeStateVector(target))
    })
    source.getText('title').insert(0, '2025 ')
    const [lastUpdate] = updates
    if (lastUpdate === undefined) throw new Error('no update emitted')
    const update = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 0)
      syncProtocol.writeUpdate(encoder, lastUpdate)
    })

    for (const frame of [step2, update]) {
      const message = decodeMessage(frame)
      if (message.type !== 'sync-step-2' && message.type !== 'update') {
        throw new Error(`got ${message.type}`)
      }
      Y.applyUpdate(target, message.update)
    }
    expect(decodeMessage(step2).type).toBe('sync-step-2')
    expect(decodeMessage(update).type).toBe('update')
    expect(target.getText('title').toString()).toBe('2025 Feuille de route')
  })

  it('reads an awareness update that y-protocols can apply', () => {
    const sender = new awarenessProtocol.Awareness(createDoc(1))
    const receiver = new awarenessProtocol.Awareness(createDoc(2))
    onTestFinished(() => {
      sender.destroy()
      receiver.destroy()
    })
    sender.setLocalState({ user: { name: 'Animatrice CLPE' } })
    const frame = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 1)
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(sender, [1]))
    })
    const message = decodeMessage(frame)
    if (message.type !== 'awareness') throw new Error(`got ${message.type}`)
    awarenessProtocol.applyAwarenessUpdate(receiver, message.update, 'test')
    expect(receiver.getStates().get(1)).toEqual({ user: { name: 'Animatrice CLPE' } })
  })
})

describe('decodeMessage on well-formed frames', () => {
  it('ignores bytes after a complete message, as y-websocket does', () => {
    expect(decodeMessage(Uint8Array.of(0, 2, 1, 42, 0xff, 0xff))).toEqual({
      type: 'update',
      update: Uint8Array.of(42),
    })
    expect(decodeMessage(Uint8Array.of(3, 9, 9))).toEqual({ type: 'query-awareness' })
  })

  it('returns payloads that are views over the frame, not copies', () => {
    const frame = Uint8Array.of(1, 3, 7, 8, 9)
    const message = decodeMessage(frame)
    if (message.type !== 'awareness') throw new Error(`got ${message.type}`)
    expect(message.update.buffer).toBe(frame.buffer)
    expect(message.update.byteOffset).toBe(2)
    frame[2] = 70
    expect(message.update[0]).toBe(70)
  })

  it('accepts a frame that is a subarray of a larger buffer', () => {
    const pool = Uint8Array.of(0xee, 0xee, 0, 1, 2, 5, 6, 0xee)
    expect(decodeMessage(pool.subarray(2, 7))).toEqual({
      type: 'sync-step-2',
      update: Uint8Array.of(5, 6),
    })
  })

  it('reads a reason with invalid UTF-8 as replacement characters instead of throwing', () => {
    expect(decodeMessage(Uint8Array.of(2, 0, 2, 0xc3, 0x28))).toEqual({
      type: 'auth-denied',
      reason: '\ufffd(',
    })
  })
})

describe('decodeMessage on hostile frames', () => {
  it('rejects an empty frame', () => {
    expect(catchProtocolError(new Uint8Array()).code).toBe(ProtocolErrorCode.EmptyFrame)
  })

  it('rejects an unknown message type, naming it and its offset', () => {
    const error = catchProtocolError(Uint8Array.of(7, 0, 0))
    expect(error.code).toBe(ProtocolErrorCode.UnknownMessage)
    expect(error.message).toBe('unknown message type 7 at byte 0')
  })

  it('rejects a multi-byte message type it does not know', () => {
    expect(catchProtocolError(Uint8Array.of(0x80, 0x01)).code).toBe(
      ProtocolErrorCode.UnknownMessage,
    )
  })

  it('rejects an unknown sync sub-type', () => {
    const error = catchProtocolError(Uint8Array.of(0, 3, 0))
    expect(error.code).toBe(ProtocolErrorCode.UnknownSyncMessage)
    expect(error.message).toMatch(/\b3\b.*byte 1/)
  })

  it('rejects an auth message with an unknown sub-type as an unknown message', () => {
    expect(catchProtocolError(Uint8Array.of(2, 1, 0)).code).toBe(ProtocolErrorCode.UnknownMessage)
  })

  it('rejects frames that end before the message does', () => {
    const truncated = [
      Uint8Array.of(0),
      Uint8Array.of(0, 0),
      Uint8Array.of(0, 1, 3, 1, 2),
      Uint8Array.of(0, 2, 0x80),
      Uint8Array.of(1),
      Uint8Array.of(1, 4, 1),
      Uint8Array.of(2),
      Uint8Array.of(2, 0),
      Uint8Array.of(2, 0, 5, 0x61),
      Uint8Array.of(0x80),
    ]
    for (const frame of truncated) {
      expect(catchProtocolError(frame).code, `[${frame.join(', ')}]`).toBe(
        ProtocolErrorCode.Truncated,
      )
    }
  })

  it('rejects a length prefix that reaches past a subarray frame into its neighbour bytes', () => {
    const secret = [0x53, 0x45, 0x43, 0x52, 0x45, 0x54]
    const pool = Uint8Array.of(0, 2, 8, 0x41, 0x42, ...secret)
    const frame = pool.subarray(0, 5)
    const error = catchProtocolError(frame)
    expect(error.code).toBe(ProtocolErrorCode.Truncated)
    expect(error.message).toMatch(/declares 8 bytes but only 2 remain/)
  })

  it('rejects a runaway varint of twelve 0xff bytes as an overflow', () => {
    const runaway = new Uint8Array(12).fill(0xff)
    expect(catchProtocolError(runaway).code).toBe(ProtocolErrorCode.VarIntOverflow)
    expect(catchProtocolError(Uint8Array.of(0, 0, ...runaway)).code).toBe(
      ProtocolErrorCode.VarIntOverflow,
    )
    expect(catchProtocolError(Uint8Array.of(0, ...runaway)).code).toBe(
      ProtocolErrorCode.VarIntOverflow,
    )
  })

  it('rejects an eight-byte varint above Number.MAX_SAFE_INTEGER, which lib0 would round', () => {
    const frame = Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0)
    expect(catchProtocolError(frame).code).toBe(ProtocolErrorCode.VarIntOverflow)
  })

  it('rejects a long run of 0x80 bytes, which lib0 would decode as NaN', () => {
    const frame = Uint8Array.of(1, ...new Uint8Array(200).fill(0x80), 0)
    expect(catchProtocolError(frame).code).toBe(ProtocolErrorCode.VarIntOverflow)
  })

  it('reports a length of Number.MAX_SAFE_INTEGER as truncated, not as an overflow', () => {
    const frame = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 1)
      encoding.writeVarUint(encoder, Number.MAX_SAFE_INTEGER)
    })
    expect(frame.length).toBe(9)
    expect(catchProtocolError(frame).code).toBe(ProtocolErrorCode.Truncated)
  })

  it('returns a message or throws a ProtocolError for 10,000 random frames, staying in bounds', () => {
    const random = createRandom(0x5eed)
    const outcomes = new Map<string, number>()
    for (let run = 0; run < 10_000; run++) {
      const length = Math.floor(random() * 24)
      const pool = Uint8Array.from({ length: length + 16 }, () => Math.floor(random() * 256))
      // Bias the first bytes towards valid types so that the deep paths are reached too.
      if (length > 0 && random() < 0.7) pool[8] = Math.floor(random() * 4)
      if (length > 1 && random() < 0.5) pool[9] = Math.floor(random() * 3)
      const frame = pool.subarray(8, 8 + length)
      let outcome: string
      try {
        const message = decodeMessage(frame)
        outcome = message.type
        const payload = payloadOf(message)
        if (payload !== undefined) {
          expect(payload.byteOffset).toBeGreaterThanOrEqual(frame.byteOffset)
          expect(payload.byteOffset + payload.length).toBeLessThanOrEqual(
            frame.byteOffset + frame.length,
          )
        }
      } catch (error) {
        if (!(error instanceof ProtocolError)) throw error
        outcome = error.code
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    }
    expect([...outcomes.keys()].sort()).toEqual(
      [
        'auth-denied',
        'awareness',
        'query-awareness',
        'sync-step-1',
        'sync-step-2',
        'update',
        ...Object.values(ProtocolErrorCode),
      ].sort(),
    )
  })
})
