import { describe, expect, it } from 'vitest'
import { formatAtelierWhen } from './atelierFacts.ts'
import { atelierSchedule } from './atelierSchedule.ts'

function when(date: string, time: string): string {
  return formatAtelierWhen({ date, ...atelierSchedule(date, time, 60) })
}

describe('when an atelier takes place, in French', () => {
  it('writes the first of the month « 1er », in Paris time', () => {
    expect(when('2026-12-01', '14:00')).toBe('mardi 1er décembre 2026 à 14:00')
    expect(when('2026-07-02', '09:30')).toBe('jeudi 2 juillet 2026 à 09:30')
    expect(when('2026-12-11', '14:00')).toBe('vendredi 11 décembre 2026 à 14:00')
  })

  it('gives the day alone while the time is not set, and nothing without a date', () => {
    expect(when('2026-10-01', '')).toBe('jeudi 1er octobre 2026')
    expect(when('', '')).toBe('')
  })
})
