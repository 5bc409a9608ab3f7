import { describe, expect, it } from 'vitest'
import { ProgressiveDelay } from './ProgressiveDelay.ts'

const rule = { freeFailures: 3, firstDelayMs: 1_000, maxDelayMs: 8_000, windowMs: 60_000 }

describe('ProgressiveDelay', () => {
  it('lets the free failures through, then doubles the wait from the latest failure up to its cap', () => {
    const delay = new ProgressiveDelay(rule)
    for (let failure = 0; failure < 3; failure += 1) {
      expect(delay.waitMs('k', 0)).toBe(0)
      delay.recordFailure('k', 0)
    }
    const waits: number[] = []
    let now = 0
    for (let failure = 0; failure < 6; failure += 1) {
      const wait = delay.waitMs('k', now)
      waits.push(wait)
      now += wait
      expect(delay.waitMs('k', now)).toBe(0)
      delay.recordFailure('k', now)
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000])
  })

  it('counts the wait from the latest failure, so that time already spent counts', () => {
    const delay = new ProgressiveDelay(rule)
    for (let failure = 0; failure < 5; failure += 1) delay.recordFailure('k', 10_000)
    expect(delay.waitMs('k', 10_000)).toBe(4_000)
    expect(delay.waitMs('k', 13_000)).toBe(1_000)
    expect(delay.waitMs('k', 14_000)).toBe(0)
  })

  it('forgets failures older than its window', () => {
    const delay = new ProgressiveDelay(rule)
    for (let failure = 0; failure < 5; failure += 1) delay.recordFailure('k', 0)
    expect(delay.waitMs('k', 60_000)).toBe(0)
    delay.recordFailure('k', 60_000)
    expect(delay.waitMs('k', 60_000)).toBe(0)
  })

  it('keeps keys apart, takes back one failure and clears a key', () => {
    const delay = new ProgressiveDelay(rule)
    for (let failure = 0; failure < 4; failure += 1) delay.recordFailure('a', 0)
    expect(delay.waitMs('a', 0)).toBe(2_000)
    expect(delay.waitMs('b', 0)).toBe(0)
    delay.takeBack('a')
    delay.takeBack('a')
    expect(delay.waitMs('a', 0)).toBe(0)
    delay.recordFailure('a', 0)
    delay.clear('a')
    expect(delay.waitMs('a', 0)).toBe(0)
  })

  it('forgets the least recently failed key beyond its key limit', () => {
    const delay = new ProgressiveDelay({ ...rule, freeFailures: 0 }, 2)
    delay.recordFailure('a', 0)
    delay.recordFailure('b', 0)
    delay.recordFailure('a', 0)
    delay.recordFailure('c', 0)
    expect(delay.waitMs('a', 0)).toBeGreaterThan(0)
    expect(delay.waitMs('b', 0)).toBe(0)
    expect(delay.waitMs('c', 0)).toBeGreaterThan(0)
  })
})
