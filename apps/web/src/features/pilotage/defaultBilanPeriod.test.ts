import { describe, expect, it } from 'vitest'
import { defaultBilanPeriod } from './defaultBilanPeriod.ts'

describe('defaultBilanPeriod', () => {
  it('offers the last six months up to today', () => {
    expect(defaultBilanPeriod(new Date('2026-12-07T10:00:00Z'))).toEqual({
      periodStart: '2026-06-07',
      periodEnd: '2026-12-07',
    })
  })

  it('crosses the year back', () => {
    expect(defaultBilanPeriod(new Date('2026-03-15T10:00:00Z'))).toEqual({
      periodStart: '2025-09-15',
      periodEnd: '2026-03-15',
    })
  })

  it('ends on the day it is in Paris, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(defaultBilanPeriod(new Date('2026-12-31T23:30:00Z')).periodEnd).toBe('2027-01-01')
  })

  it('starts on the last day of a shorter month', () => {
    expect(defaultBilanPeriod(new Date('2026-08-31T10:00:00Z')).periodStart).toBe('2026-02-28')
  })
})
