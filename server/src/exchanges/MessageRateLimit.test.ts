import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/AppError.ts'
import type { Timers } from '../time/Timers.ts'
import { MessageRateLimit } from './MessageRateLimit.ts'

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

function refusal(limit: MessageRateLimit, accountId: string): AppError {
  try {
    limit.admit(accountId)
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('the message was admitted')
}

describe('MessageRateLimit', () => {
  it('refuses the message after the allowed ones until the oldest leaves the window', () => {
    const clock = manualClock()
    const limit = new MessageRateLimit({ perAccount: 3, windowMs: 60_000 }, clock)
    for (let message = 0; message < 3; message += 1) {
      limit.admit('nadia')
      clock.advance(1_000)
    }
    const refused = refusal(limit, 'nadia')
    expect(refused.code).toBe('RATE_LIMITED')
    expect(refused.retryAfterSeconds).toBe(57)
    expect(refused.message).toContain('57 secondes')
    clock.advance(56_999)
    expect(refusal(limit, 'nadia').retryAfterSeconds).toBe(1)
    clock.advance(1)
    expect(() => {
      limit.admit('nadia')
    }).not.toThrow()
  })

  it('counts each account apart, and does not count refused attempts', () => {
    const clock = manualClock()
    const limit = new MessageRateLimit({ perAccount: 2, windowMs: 60_000 }, clock)
    limit.admit('nadia')
    limit.admit('nadia')
    for (let attempt = 0; attempt < 5; attempt += 1) refusal(limit, 'nadia')
    expect(() => {
      limit.admit('julien')
    }).not.toThrow()
    clock.advance(60_000)
    limit.admit('nadia')
    limit.admit('nadia')
    expect(refusal(limit, 'nadia').code).toBe('RATE_LIMITED')
  })
})
