import { describe, expect, it } from 'vitest'
import { CloseCode } from './CloseCode.ts'
import { describeCloseCode } from './closeReason.ts'

describe('describeCloseCode', () => {
  it('gives a short English reason for named codes', () => {
    expect(describeCloseCode(CloseCode.BadMessage)).toBe('bad message')
    expect(describeCloseCode(CloseCode.TooLarge)).toBe('too large')
    expect(describeCloseCode(CloseCode.RateLimited)).toBe('rate limited')
    expect(describeCloseCode(CloseCode.GoingAway)).toBe('server shutting down')
  })

  it('gives a distinct reason of at most 123 UTF-8 bytes to every named code', () => {
    const reasons = Object.values(CloseCode).map(describeCloseCode)
    expect(new Set(reasons).size).toBe(reasons.length)
    for (const reason of reasons) {
      expect(reason).not.toBe('closed')
      expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123)
    }
  })

  it('answers closed for a code it does not know', () => {
    expect(describeCloseCode(1006)).toBe('closed')
    expect(describeCloseCode(4999)).toBe('closed')
    expect(describeCloseCode(Number.NaN)).toBe('closed')
  })
})
