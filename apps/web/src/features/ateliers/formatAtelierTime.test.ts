import { describe, expect, it } from 'vitest'
import {
  formatAtelierDay,
  formatAtelierHours,
  formatParisDateTime,
  isBeforeAtelierDay,
} from './formatAtelierTime.ts'

describe('the dates of the ateliers, in French and Paris time', () => {
  it('writes the first of the month « 1er »', () => {
    expect(formatAtelierDay({ startsAt: '2026-12-01T13:00:00.000Z' })).toBe(
      'mardi 1er décembre 2026',
    )
    expect(formatAtelierDay({ startsAt: '2026-07-02T12:00:00.000Z' })).toBe('jeudi 2 juillet 2026')
    expect(formatAtelierDay({ startsAt: '2026-12-11T13:00:00.000Z' })).toBe(
      'vendredi 11 décembre 2026',
    )
    expect(formatParisDateTime('2026-12-01T08:05:00.000Z')).toBe('1er décembre 2026 à 09:05')
    expect(formatAtelierDay({})).toBeNull()
  })

  it('gives start and end in Paris time', () => {
    const timing = { startsAt: '2026-07-02T12:00:00.000Z', endsAt: '2026-07-02T13:30:00.000Z' }
    expect(formatAtelierHours(timing)).toBe('14:00 – 15:30')
  })
})

describe('isBeforeAtelierDay', () => {
  it('compares the atelier’s day with today in Paris, not in UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in Paris.
    const lateEvening = new Date('2026-06-30T23:30:00Z')
    expect(isBeforeAtelierDay('2026-07-01', lateEvening)).toBe(false)
    expect(isBeforeAtelierDay('2026-07-02', lateEvening)).toBe(true)
    expect(isBeforeAtelierDay('2026-06-30', lateEvening)).toBe(false)
  })

  it('is false for an atelier without a date', () => {
    expect(isBeforeAtelierDay('', new Date('2026-06-30T12:00:00Z'))).toBe(false)
  })
})
