import { describe, expect, it } from 'vitest'
import { MAX_RETRY_MS, retryDelayMs, spaceIdOf } from './pilotageEventStream.ts'

describe('retryDelayMs', () => {
  it('doubles from 2 s and stops at a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((failures) => retryDelayMs(failures, 0.5))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ])
  })

  it('spreads the attempts by a quarter either side', () => {
    expect(retryDelayMs(1, 0)).toBe(1_500)
    expect(retryDelayMs(20, 0.999_999)).toBeLessThanOrEqual(MAX_RETRY_MS * 1.25)
  })
})

describe('spaceIdOf', () => {
  it('reads the space of an index event', () => {
    const data = JSON.stringify({ topic: 'document', spaceId: 'clpe-59004', documentId: 'd1' })
    expect(spaceIdOf(data)).toBe('clpe-59004')
  })

  it('names no space for malformed or foreign data', () => {
    expect(spaceIdOf('pas du JSON')).toBeNull()
    expect(spaceIdOf('null')).toBeNull()
    expect(spaceIdOf('{"spaceId":42}')).toBeNull()
  })
})
