import { describe, expect, it } from 'vitest'
import { decodeLog, encodeLogFrame, encodeLogRecord, FRAME_HEADER_BYTES } from './updateLog.ts'

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

describe('decodeLog of a legacy log (records without checksum)', () => {
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
    expect(decodeLog(new Uint8Array())).toEqual({ updates: [], validBytes: 0, damage: null })
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
    expect(decodeLog(log)).toEqual({ updates: [Uint8Array.of(1, 2)], validBytes: 3, damage: null })
  })
})

describe('encodeLogFrame', () => {
  it('writes a zero marker, the payload length and two CRC-32 before the records', () => {
    const frame = encodeLogFrame([Uint8Array.of(7, 8, 9), Uint8Array.of(1)])
    expect([...frame.subarray(0, 5)]).toEqual([0, 6, 0, 0, 0])
    expect([...frame.subarray(FRAME_HEADER_BYTES)]).toEqual([3, 7, 8, 9, 1, 1])
    // Golden bytes (computed apart, with Python's zlib.crc32): the CRC-32 of the payload, then of
    // the first nine header bytes.
    expect([...frame.subarray(5, FRAME_HEADER_BYTES)]).toEqual([
      0xaa, 0x1d, 0x0f, 0x21, 0xfa, 0xd8, 0xbf, 0xdd,
    ])
  })
})

describe('decodeLog of checked frames', () => {
  const frames = [updates.slice(0, 2), updates.slice(2, 3), updates.slice(3, 5)].map((group) =>
    encodeLogFrame(group),
  )
  const log = concat(frames)
  const ends: number[] = []
  for (const frame of frames) ends.push((ends.at(-1) ?? 0) + frame.length)

  it('reads back every update of every frame, after legacy records of the same file', () => {
    const legacy = concat(updates.slice(5).map((update) => encodeLogRecord(update)))
    const decoded = decodeLog(concat([legacy, log]))
    expect(decoded).toEqual({
      updates: [...updates.slice(5), ...updates.slice(0, 5)],
      validBytes: legacy.length + log.length,
      damage: null,
    })
  })

  it('keeps exactly the whole frames of a log cut at any byte, as torn, never damaged', () => {
    const counts = [2, 3, 5]
    for (let cut = 0; cut <= log.length; cut++) {
      const whole = ends.filter((end) => end <= cut).length
      const decoded = decodeLog(log.slice(0, cut))
      expect(decoded.damage, `cut at ${cut}`).toBeNull()
      expect(decoded.updates, `cut at ${cut}`).toEqual(updates.slice(0, counts[whole - 1] ?? 0))
      expect(decoded.validBytes, `cut at ${cut}`).toBe(ends[whole - 1] ?? 0)
    }
  })

  it('treats a tail of zeros and a last frame failing its checksum as torn', () => {
    expect(decodeLog(concat([log, new Uint8Array(40)])).damage).toBeNull()
    const lastDamaged = log.slice()
    lastDamaged[log.length - 2] = (lastDamaged[log.length - 2] ?? 0) ^ 0xff
    expect(decodeLog(lastDamaged)).toMatchObject({ validBytes: ends[1], damage: null })
  })

  it.each([
    ['the header of the second frame', 3],
    ['the content of the second frame', FRAME_HEADER_BYTES + 4],
  ])('reports damage in %s followed by more data, without cutting it', (_where, shift) => {
    const start = ends[0] ?? 0
    const damaged = log.slice()
    damaged[start + shift] = (damaged[start + shift] ?? 0) ^ 0x5a
    const decoded = decodeLog(damaged)
    expect(decoded.updates).toEqual(updates.slice(0, 2))
    expect(decoded.validBytes).toBe(start)
    expect(decoded.damage?.offset).toBe(start)
    expect(decoded.damage?.reason).toMatch(/checksum/)
  })

  it.each([
    ['the first frame', 0],
    ['a frame in the middle', 1],
  ])(
    'reports bytes overwritten at the start of %s as damage, not as a torn tail',
    (_which, index) => {
      const start = index === 0 ? 0 : (ends[index - 1] ?? 0)
      const damaged = log.slice()
      damaged.fill(0xff, start, start + 4)
      expect(decodeLog(damaged)).toMatchObject({ validBytes: start, damage: { offset: start } })
    },
  )

  it('takes garbage after the last frame, with nothing readable after it, for a torn tail', () => {
    const decoded = decodeLog(concat([log, Uint8Array.of(0xff, 0xff, 0xff, 7, 0, 1)]))
    expect(decoded).toMatchObject({ validBytes: log.length, damage: null })
  })

  it('reports non-zero garbage where a frame header should be as damage', () => {
    const garbage = concat([frames[0] ?? new Uint8Array(), Uint8Array.of(0, 1, 2, 3), log])
    expect(decodeLog(garbage).damage?.offset).toBe(frames[0]?.length)
  })
})
