import { describe, expect, it } from 'vitest'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import { TokenBucket } from './TokenBucket.ts'

/** A clock that moves only when the test says so; the bucket only reads `now`. */
class FakeClock implements Timers {
  #now = 1_700_000_000_000

  now(): number {
    return this.#now
  }

  advance(ms: number): void {
    this.#now += ms
  }

  setTimeout(): TimerHandle {
    throw new Error('a token bucket must not schedule timers')
  }

  clearTimeout(): void {
    throw new Error('a token bucket must not schedule timers')
  }
}

function createLimiter(clock: FakeClock): TokenBucket {
  return new TokenBucket({ perSecond: 20, burst: 40, timers: clock })
}

/** How many messages the limiter lets through right now, taking until it refuses one. */
function drain(limiter: TokenBucket): number {
  let taken = 0
  while (limiter.take()) {
    taken++
    if (taken > 10_000) throw new Error('the limiter never refuses')
  }
  return taken
}

describe('TokenBucket counting messages (take)', () => {
  it('lets a full burst through at once, then refuses the next message', () => {
    const limiter = createLimiter(new FakeClock())
    for (let message = 1; message <= 40; message++) expect(limiter.take()).toBe(true)
    expect(limiter.take()).toBe(false)
    expect(limiter.take()).toBe(false)
  })

  it('refills at perSecond once empty', () => {
    const clock = new FakeClock()
    const limiter = createLimiter(clock)
    drain(limiter)
    clock.advance(49)
    expect(limiter.take()).toBe(false)
    clock.advance(1)
    expect(limiter.take()).toBe(true)
    expect(limiter.take()).toBe(false)
    clock.advance(500)
    expect(drain(limiter)).toBe(10)
  })

  it('accumulates fractions of a token across refused messages', () => {
    const clock = new FakeClock()
    const limiter = createLimiter(clock)
    drain(limiter)
    for (let step = 0; step < 4; step++) {
      clock.advance(10)
      expect(limiter.take()).toBe(false)
    }
    clock.advance(10)
    expect(limiter.take()).toBe(true)
  })

  it('sustains perSecond over time and no more', () => {
    const clock = new FakeClock()
    const limiter = createLimiter(clock)
    let taken = drain(limiter)
    for (let tick = 0; tick < 100; tick++) {
      clock.advance(100)
      taken += drain(limiter)
    }
    // 40 at once, then 10 s at 20 per second.
    expect(taken).toBe(40 + 200)
  })

  it('never holds more than the burst, however long the connection stayed idle', () => {
    const clock = new FakeClock()
    const limiter = createLimiter(clock)
    clock.advance(60 * 60 * 1000)
    expect(drain(limiter)).toBe(40)
    limiter.take()
    clock.advance(24 * 60 * 60 * 1000)
    expect(drain(limiter)).toBe(40)
  })
})

describe('TokenBucket counting bytes (spend)', () => {
  it('lets a burst through at once, then asks to wait what the debt takes to refill', () => {
    const clock = new FakeClock()
    const budget = new TokenBucket({ perSecond: 1000, burst: 4000, timers: clock })

    expect(budget.spend(3000)).toBe(0)
    expect(budget.spend(1000)).toBe(0)
    expect(budget.spend(500)).toBe(500)
    expect(budget.spend(1000)).toBe(1500)
  })

  it('refills with time, never beyond the burst', () => {
    const clock = new FakeClock()
    const budget = new TokenBucket({ perSecond: 1000, burst: 2000, timers: clock })
    expect(budget.spend(3000)).toBe(1000)

    clock.advance(1000)
    expect(budget.spend(100)).toBe(100)
    clock.advance(60_000)
    expect(budget.spend(2000)).toBe(0)
    expect(budget.spend(1)).toBe(1)
  })
})
