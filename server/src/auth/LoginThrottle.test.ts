import { describe, expect, it } from 'vitest'
import type { Timers } from '../time/Timers.ts'
import { LoginThrottle } from './LoginThrottle.ts'

function manualClock(): Timers & { advance(ms: number): void } {
  let now = 1_000_000
  return {
    now: () => now,
    setTimeout: () => setTimeout(() => undefined, 0),
    clearTimeout: (handle) => {
      clearTimeout(handle)
    },
    advance: (ms) => {
      now += ms
    },
  }
}

const limits = { perAccount: 3, perIp: 5, windowMs: 60_000 }

describe('LoginThrottle', () => {
  it('refuses an account after its allowed failures until the window has passed', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(limits, clock)
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(throttle.retryAfterMs('lille@demo.maillage.fr', '10.0.0.1')).toBe(0)
      throttle.recordFailure('lille@demo.maillage.fr', '10.0.0.1')
      clock.advance(1_000)
    }
    expect(throttle.retryAfterMs('lille@demo.maillage.fr', '10.0.0.2')).toBe(57_000)
    clock.advance(57_000)
    expect(throttle.retryAfterMs('lille@demo.maillage.fr', '10.0.0.2')).toBe(0)
  })

  it('refuses an address that tries many accounts', () => {
    const throttle = new LoginThrottle(limits, manualClock())
    for (let index = 0; index < 5; index += 1) throttle.recordFailure(`a${index}@x.fr`, '10.0.0.9')
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.9')).toBeGreaterThan(0)
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.8')).toBe(0)
  })

  it('clears an account’s failures when it signs in', () => {
    const throttle = new LoginThrottle(limits, manualClock())
    throttle.recordFailure('lens@demo.maillage.fr', '10.0.0.1')
    throttle.recordFailure('lens@demo.maillage.fr', '10.0.0.1')
    throttle.recordSuccess('lens@demo.maillage.fr', '10.0.0.1')
    throttle.recordFailure('lens@demo.maillage.fr', '10.0.0.1')
    throttle.recordFailure('lens@demo.maillage.fr', '10.0.0.1')
    expect(throttle.retryAfterMs('lens@demo.maillage.fr', '10.0.0.3')).toBe(0)
  })

  it('takes back, when a login succeeds, the attempt counted against its address beforehand', () => {
    const throttle = new LoginThrottle(limits, manualClock())
    for (let index = 0; index < 4; index += 1) throttle.recordFailure(`a${index}@x.fr`, '10.0.0.7')
    for (let index = 0; index < 3; index += 1) {
      throttle.recordFailure('copil@demo.maillage.fr', '10.0.0.7')
      throttle.recordSuccess('copil@demo.maillage.fr', '10.0.0.7')
    }
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.7')).toBe(0)
    throttle.recordFailure('a4@x.fr', '10.0.0.7')
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.7')).toBeGreaterThan(0)
  })
})
