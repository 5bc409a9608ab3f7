import { describe, expect, it } from 'vitest'
import { isTimeUp, readAtelierTimer, timerRemainingMs } from './atelierTimer.ts'

describe('the timer of an atelier', () => {
  it('counts down to its end in the server’s clock, never below zero', () => {
    const timer = readAtelierTimer({
      state: 'running',
      endsAt: 100_000,
      durationMs: 60_000,
      revision: 3,
    })
    expect(timer).toEqual({ state: 'running', endsAt: 100_000, durationMs: 60_000, revision: 3 })
    expect(timerRemainingMs(timer, 40_000)).toBe(60_000)
    expect(timerRemainingMs(timer, 99_001)).toBe(999)
    expect(timerRemainingMs(timer, 120_000)).toBe(0)
    expect(isTimeUp(timer, 99_999)).toBe(false)
    expect(isTimeUp(timer, 100_000)).toBe(true)
  })

  it('keeps what was left while paused, whatever the time', () => {
    const timer = readAtelierTimer({
      state: 'paused',
      remainingMs: 42_000,
      itemId: 'etude',
      revision: 1,
    })
    expect(timer.itemId).toBe('etude')
    expect(timerRemainingMs(timer, 0)).toBe(42_000)
    expect(timerRemainingMs(timer, 1e12)).toBe(42_000)
  })

  it('reads anything malformed as stopped', () => {
    expect(readAtelierTimer({})).toEqual({ state: 'stopped', revision: 0 })
    expect(readAtelierTimer({ state: 'running', revision: 2 })).toEqual({
      state: 'stopped',
      revision: 2,
    })
    expect(readAtelierTimer({ state: 'exploded', endsAt: 5, revision: 'x' })).toEqual({
      state: 'stopped',
      revision: 0,
    })
    const stopped = readAtelierTimer({ state: 'stopped', revision: 4 })
    expect(timerRemainingMs(stopped, 10)).toBe(0)
    expect(isTimeUp(stopped, 10)).toBe(false)
  })
})
