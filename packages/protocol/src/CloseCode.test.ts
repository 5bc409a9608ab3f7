import { describe, expect, it } from 'vitest'
import { CloseCode, isCloseCode } from './CloseCode.ts'

describe('CloseCode', () => {
  it('keeps the values documented in PROTOCOL.md', () => {
    expect(CloseCode).toEqual({
      Normal: 1000,
      GoingAway: 1001,
      MessageTooBig: 1009,
      InternalError: 1011,
      BadMessage: 4400,
      Unauthenticated: 4401,
      Forbidden: 4403,
      TooSlow: 4503,
      TooLarge: 4413,
      RateLimited: 4429,
    })
  })

  it('recognises the named codes and nothing else', () => {
    expect(isCloseCode(4429)).toBe(true)
    expect(isCloseCode(1000)).toBe(true)
    expect(isCloseCode(1006)).toBe(false)
    expect(isCloseCode(4000)).toBe(false)
  })
})
