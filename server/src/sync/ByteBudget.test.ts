import { describe, expect, it } from 'vitest'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import { ByteBudget } from './ByteBudget.ts'

/** A clock that moves only when the test says so; the budget only reads `now`. */
class FakeClock implements Timers {
  #now = 1_700_000_000_000

  now(): number {
    return this.#now
  }

  advance(ms: number): void {
    this.#now += ms
  }

  setTimeout(): TimerHandle {
    throw new Error('the byte budget must not schedule timers')
  }

  clearTimeout(): void {
    throw new Error('the byte budget must not schedule timers')
  }
}

describe('ByteBudget', () => {
  it('lets a burst through at once, then asks to wait what the debt takes to refill', () => {
    const clock = new FakeClock()
    const budget = new ByteBudget({ bytesPerSecond: 1000, burst: 4000, timers: clock })

    expect(budget.spend(3000)).toBe(0)
    expect(budget.spend(1000)).toBe(0)
    expect(budget.spend(500)).toBe(500)
    expect(budget.spend(1000)).toBe(1500)
  })

  it('refills with time, never beyond the burst', () => {
    const clock = new FakeClock()
    const budget = new ByteBudget({ bytesPerSecond: 1000, burst: 2000, timers: clock })
    expect(budget.spend(3000)).toBe(1000)

    clock.advance(1000)
    expect(budget.spend(100)).toBe(100)
    clock.advance(60_000)
    expect(budget.spend(2000)).toBe(0)
    expect(budget.spend(1)).toBe(1)
  })
})
