import { describe, expect, it } from 'vitest'
import type { Timers } from '../time/Timers.ts'
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from './LoginThrottle.ts'

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

const OWNER = 'lille@demo.maillage.fr'

/** `count` failed attempts, each made as soon as the throttle allows it. */
function failAsSoonAsAllowed(
  throttle: LoginThrottle,
  clock: ReturnType<typeof manualClock>,
  attempt: { account: string; ip: string; count: number },
): void {
  for (let index = 0; index < attempt.count; index += 1) {
    clock.advance(throttle.retryAfterMs(attempt.account, attempt.ip))
    throttle.recordFailure(attempt.account, attempt.ip)
  }
}

describe('LoginThrottle', () => {
  it('delays an account from one address progressively after five failures, never locks it', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 5 })
    const waits: number[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) {
      waits.push(throttle.retryAfterMs(OWNER, '10.0.0.1'))
      failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 1 })
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000])
    failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 20 })
    expect(throttle.retryAfterMs(OWNER, '10.0.0.1')).toBe(15 * 60 * 1000)
  })

  it('does not make the owner wait on another address for an attacker’s failures', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '203.0.113.9', count: 30 })
    expect(throttle.retryAfterMs(OWNER, '203.0.113.9')).toBeGreaterThan(0)
    expect(throttle.retryAfterMs(OWNER, '10.0.0.2')).toBe(0)
  })

  it('delays an address that tries many accounts, and no other address', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    for (let index = 0; index < 20; index += 1) throttle.recordFailure(`a${index}@x.fr`, '10.0.0.9')
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.9')).toBe(1_000)
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.8')).toBe(0)
  })

  it('slows guesses on one account from many addresses, but not from the owner’s usual address', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    throttle.recordFailure(OWNER, '10.0.0.2')
    throttle.recordSuccess(OWNER, '10.0.0.2')
    for (let index = 0; index < 50; index += 1) throttle.recordFailure(OWNER, `198.51.100.${index}`)
    expect(throttle.retryAfterMs(OWNER, '198.51.100.200')).toBe(1_000)
    expect(throttle.retryAfterMs(OWNER, '10.0.0.2')).toBe(0)
    for (let index = 50; index < 70; index += 1)
      throttle.recordFailure(OWNER, `198.51.100.${index}`)
    // However long the attack, a new address of the owner waits a minute at most.
    expect(throttle.retryAfterMs(OWNER, '192.0.2.1')).toBe(60_000)
  })

  it('clears the failures of an account from an address when it signs in from there', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 7 })
    throttle.recordSuccess(OWNER, '10.0.0.1')
    failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 4 })
    expect(throttle.retryAfterMs(OWNER, '10.0.0.1')).toBe(0)
  })

  it('takes back, when a login succeeds, the attempt counted against its address beforehand', () => {
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, manualClock())
    for (let index = 0; index < 19; index += 1) throttle.recordFailure(`a${index}@x.fr`, '10.0.0.7')
    for (let index = 0; index < 3; index += 1) {
      throttle.recordFailure('copil@demo.maillage.fr', '10.0.0.7')
      throttle.recordSuccess('copil@demo.maillage.fr', '10.0.0.7')
    }
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.7')).toBe(0)
    throttle.recordFailure('a19@x.fr', '10.0.0.7')
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.7')).toBeGreaterThan(0)
  })

  it('forgets an address as the account’s once it has not signed in for 30 days', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    throttle.recordSuccess(OWNER, '10.0.0.2')
    clock.advance(30 * 24 * 60 * 60 * 1000)
    for (let index = 0; index < 50; index += 1) throttle.recordFailure(OWNER, `198.51.100.${index}`)
    expect(throttle.retryAfterMs(OWNER, '10.0.0.2')).toBe(1_000)
  })

  it('does not hold an account back at an address it signed in from when others fail there', () => {
    const clock = manualClock()
    const throttle = new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock)
    throttle.recordFailure(OWNER, '10.0.0.10')
    throttle.recordSuccess(OWNER, '10.0.0.10')
    // Colleagues behind the same office address mistype their passwords.
    for (let index = 0; index < 25; index += 1)
      throttle.recordFailure(`a${index}@x.fr`, '10.0.0.10')
    expect(throttle.retryAfterMs('nouveau@x.fr', '10.0.0.10')).toBeGreaterThan(0)
    expect(throttle.retryAfterMs(OWNER, '10.0.0.10')).toBe(0)
  })
})
