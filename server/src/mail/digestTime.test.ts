import { describe, expect, it } from 'vitest'
import { latestDigestTime } from './digestTime.ts'

describe('latestDigestTime', () => {
  it('is 7:00 in Paris today once passed, else yesterday, in winter and in summer', () => {
    // Winter: Paris is UTC+1, 7:00 is 06:00 UTC.
    expect(new Date(latestDigestTime(Date.parse('2026-12-07T06:30:00Z'))).toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    )
    expect(new Date(latestDigestTime(Date.parse('2026-12-07T05:59:59Z'))).toISOString()).toBe(
      '2026-12-06T06:00:00.000Z',
    )
    // Summer: UTC+2, and across the first of the month.
    expect(new Date(latestDigestTime(Date.parse('2026-07-01T04:00:00Z'))).toISOString()).toBe(
      '2026-06-30T05:00:00.000Z',
    )
  })
})
