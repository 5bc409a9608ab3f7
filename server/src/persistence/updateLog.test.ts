import { describe, expect, it } from 'vitest'
import { decodeLog, encodeLogRecord } from './updateLog.ts'

function bytesOfLength(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 256)
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    whole.set(part, offset)
    offset += part.length
  }
  return whole
}

// Lengths on both sides of the 1-, 2- and 3-byte varint boundaries of the length prefix.
const updates = [1, 3, 127, 128, 300, 16_383, 16_384].map((length, index) =>
  bytesOfLength(length, index),
)

describe('encodeLogRecord', () => {
  it('writes a varUint length then the bytes', () => {
    expect(encodeLogRecord(Uint8Array.of(7, 8, 9))).toEqual(Uint8Array.of(3, 7, 8, 9))
    const record = encodeLogRecord(bytesOfLength(200, 0))
    expect([...record.subarray(0, 2)]).toEqual([0xc8, 0x01])
    expect(record.length).toBe(202)
  })
})

describe('decodeLog', () => {
  it('reads back the updates of a log in the order they were appended', () => {
    const log = concat(updates.map((update) => encodeLogRecord(update)))
    const decoded = decodeLog(log)
    expect(decoded.updates).toEqual(updates)
    expect(decoded.validBytes).toBe(log.length)
  })

  it('treats a tail of zeros (left by a power cut) as torn, not as empty updates', () => {
    const whole = concat(updates.slice(0, 2).map((update) => encodeLogRecord(update)))
    const decoded = decodeLog(concat([whole, new Uint8Array(64)]))
    expect(decoded.updates).toEqual(updates.slice(0, 2))
    expect(decoded.validBytes).toBe(whole.length)
  })

  it('returns copies that do not keep the log buffer alive', () => {
    // A Buffer, as read from disk: its slice() is a view, which must not leak out.
    const log = Buffer.from(concat([encodeLogRecord(Uint8Array.of(1, 2, 3))]))
    const [update] = decodeLog(log).updates
    expect(update?.buffer).not.toBe(log.buffer)
  })

  it('reads an empty log as no update', () => {
    expect(decodeLog(new Uint8Array())).toEqual({ updates: [], validBytes: 0 })
  })

  it('keeps exactly the whole records of a log cut at any byte', () => {
    const records = updates.slice(0, 5).map((update) => encodeLogRecord(update))
    const log = concat(records)
    const ends: number[] = []
    for (const record of records) ends.push((ends.at(-1) ?? 0) + record.length)
    for (let cut = 0; cut <= log.length; cut++) {
      const whole = ends.filter((end) => end <= cut).length
      const decoded = decodeLog(log.slice(0, cut))
      expect(decoded.updates, `cut at ${cut}`).toEqual(updates.slice(0, whole))
      expect(decoded.validBytes, `cut at ${cut}`).toBe(ends[whole - 1] ?? 0)
    }
  })

  it('stops at a length prefix that promises more bytes than the log holds', () => {
    const log = concat([encodeLogRecord(Uint8Array.of(1, 2)), Uint8Array.of(0xff, 0xff, 0x03, 9)])
    expect(decodeLog(log)).toEqual({ updates: [Uint8Array.of(1, 2)], validBytes: 3 })
  })
})
