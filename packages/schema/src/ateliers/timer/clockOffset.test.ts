import { describe, expect, it } from 'vitest'
import { estimateClockOffset, serverNowOf } from './clockOffset.ts'

describe('estimateClockOffset', () => {
  it('assumes the server answered halfway through the round trip', () => {
    // The server is 10 s ahead; the answer took 100 ms there and back.
    expect(estimateClockOffset([{ sentAt: 1000, serverNow: 11_050, receivedAt: 1100 }])).toBe(
      10_000,
    )
  })

  it('keeps the sample of the shortest round trip', () => {
    const samples = [
      { sentAt: 0, serverNow: -4000 + 900, receivedAt: 1000 }, // slow, answered late: off by 400 ms
      { sentAt: 2000, serverNow: -4000 + 2010, receivedAt: 2020 }, // fast: 10 ms round trip
      { sentAt: 3000, serverNow: -4000 + 3100, receivedAt: 3600 },
    ]
    expect(estimateClockOffset(samples)).toBe(-4000)
  })

  it('ignores samples whose answer came before their request, and answers null without any', () => {
    expect(estimateClockOffset([])).toBeNull()
    expect(estimateClockOffset([{ sentAt: 500, serverNow: 0, receivedAt: 400 }])).toBeNull()
    expect(
      estimateClockOffset([
        { sentAt: 500, serverNow: 0, receivedAt: 400 },
        { sentAt: 1000, serverNow: 2020, receivedAt: 1040 },
      ]),
    ).toBe(1000)
  })

  it('gives the server’s clock from the client’s and the offset', () => {
    expect(serverNowOf(1_000, 2_500)).toBe(3_500)
    expect(serverNowOf(1_000, -2_500)).toBe(-1_500)
  })
})
