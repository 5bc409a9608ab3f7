import { describe, expect, it } from 'vitest'
import { retryDelayMs } from './retryDelay.ts'

describe('retryDelayMs', () => {
  it('waits a minute, doubling up to an hour, then an hour', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((attempt) => retryDelayMs(attempt) / 60_000)
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60])
  })
})
