import { describe, expect, it } from 'vitest'
import { formatFrenchDay, formatFrenchPeriod, parisDayOf } from './formatFrenchDay.ts'

describe('formatFrenchDay', () => {
  it('writes a day in full, the first of the month « 1er »', () => {
    expect(formatFrenchDay('2026-12-07')).toBe('7 décembre 2026')
    expect(formatFrenchDay('2026-03-01')).toBe('1er mars 2026')
    expect(formatFrenchDay('2026-13-01')).toBe('')
  })

  it('writes a period within a year, a whole year, and across years', () => {
    expect(formatFrenchPeriod('2026-01-01', '2026-06-30')).toBe('du 1er janvier au 30 juin 2026')
    expect(formatFrenchPeriod('2026-01-01', '2026-12-31')).toBe('année 2026')
    expect(formatFrenchPeriod('2025-09-01', '2026-06-30')).toBe(
      'du 1er septembre 2025 au 30 juin 2026',
    )
  })

  it('takes the day of a time in Paris', () => {
    expect(parisDayOf(Date.UTC(2026, 11, 6, 23, 30))).toBe('2026-12-07')
  })
})
