import { describe, expect, it } from 'vitest'
import { formatDateTime, formatRelative, formatShortDate } from './formatDate.ts'

// Run with another TZ (`TZ=America/Guadeloupe npx vitest run --project unit formatDate`): the
// expectations hold whatever the zone of the machine, since the app shows Paris time.

describe('formatDateTime', () => {
  it('shows Paris time, winter and summer, whatever the zone of the browser', () => {
    expect(formatDateTime('2026-11-27T10:40:00Z')).toBe('27 novembre 2026 à 11:40')
    expect(formatDateTime('2026-07-02T12:00:00Z')).toBe('2 juillet 2026 à 14:00')
  })

  it('writes the first of the month « 1er », on the day it is in Paris', () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(formatDateTime('2026-11-30T23:30:00Z')).toBe('1er décembre 2026 à 00:30')
    expect(formatDateTime('2026-12-10T08:05:00Z')).toBe('10 décembre 2026 à 09:05')
    expect(formatDateTime('2026-12-11T08:05:00Z')).toBe('11 décembre 2026 à 09:05')
  })
})

describe('formatRelative', () => {
  const now = Date.parse('2026-11-27T10:40:00Z')

  it('says how long ago within a week', () => {
    expect(formatRelative('2026-11-27T10:39:30Z', now)).toBe('à l’instant')
    expect(formatRelative('2026-11-27T10:35:00Z', now)).toBe('il y a 5 minutes')
    expect(formatRelative('2026-11-26T10:40:00Z', now)).toBe('hier')
  })

  it('gives the date, Paris time, beyond a week', () => {
    expect(formatRelative('2026-11-01T06:00:00Z', now)).toBe('1er novembre 2026 à 07:00')
  })
})

describe('formatShortDate', () => {
  it('keeps the calendar day it is given', () => {
    expect(formatShortDate('2026-12-01')).toBe('01/12/2026')
  })
})
