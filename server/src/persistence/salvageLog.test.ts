import { describe, expect, it } from 'vitest'
import { salvageLog } from './salvageLog.ts'
import { encodeLogFrame, encodeLogRecord } from './updateLog.ts'

const update = (seed: number, length = 40): Uint8Array =>
  Uint8Array.from({ length }, (_, index) => ((index + 1) * seed) % 251 || 1)

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]))
}

describe('salvageLog', () => {
  const frames = [[update(3)], [update(5), update(7)], [update(11)], [update(13)]].map((group) =>
    encodeLogFrame(group),
  )
  const starts = frames.map((_, index) =>
    frames.slice(0, index).reduce((sum, frame) => sum + frame.length, 0),
  )

  it('reads a whole log as it is, skipping nothing', () => {
    expect(salvageLog(concat(frames))).toEqual({
      updates: [update(3), update(5), update(7), update(11), update(13)],
      skipped: [],
    })
  })

  it('reads on from the next whole frame after a damaged one, and says what it left out', () => {
    const log = concat(frames)
    const second = starts[1] ?? 0
    log[second + 20] = (log[second + 20] ?? 0) ^ 0xff

    expect(salvageLog(log)).toEqual({
      updates: [update(3), update(11), update(13)],
      skipped: [{ from: second, to: starts[2] }],
    })
  })

  it('finds the next frame after garbage that breaks the frame boundaries', () => {
    const log = concat([
      frames[0] ?? new Uint8Array(),
      Uint8Array.of(0, 9, 9, 0, 0, 0, 0),
      ...frames.slice(2),
    ])
    const garbageAt = frames[0]?.length ?? 0
    expect(salvageLog(log)).toEqual({
      updates: [update(3), update(11), update(13)],
      skipped: [{ from: garbageAt, to: garbageAt + 7 }],
    })
  })

  it('leaves out a torn tail, and keeps legacy records before the damage', () => {
    const legacy = concat([encodeLogRecord(update(17)), encodeLogRecord(update(19))])
    const torn = (frames[3] ?? new Uint8Array()).subarray(0, 20)
    const log = concat([legacy, ...frames.slice(0, 3), torn])
    expect(salvageLog(log)).toEqual({
      updates: [update(17), update(19), update(3), update(5), update(7), update(11)],
      skipped: [{ from: log.length - torn.length, to: log.length }],
    })
  })
})
