import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { boundedText, finiteOrNull, isIsoDay } from './indexBounds.ts'

describe('isIsoDay', () => {
  it('agrees with z.iso.date() of the index', () => {
    const isoDate = z.iso.date()
    const samples = [
      '2025-06-30',
      '2024-02-29',
      '2025-02-29',
      '1900-02-29',
      '2000-02-29',
      '0000-02-29',
      '2025-04-31',
      '2025-12-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-01',
      '25-01-01',
      ' 2025-01-01',
      '2025-01-01T00:00',
      '',
      '٢٠٢٥-٠١-٠١',
    ]
    for (const sample of samples)
      expect(isIsoDay(sample), sample).toBe(isoDate.safeParse(sample).success)
  })
})

describe('boundedText', () => {
  it('cuts long texts without splitting a surrogate pair', () => {
    expect(boundedText('abc', 5)).toBe('abc')
    expect(boundedText('abcdef', 3)).toBe('abc')
    expect(boundedText('ab😀', 3)).toBe('ab')
  })
})

describe('finiteOrNull', () => {
  it('keeps finite numbers only', () => {
    expect(finiteOrNull(0)).toBe(0)
    expect(finiteOrNull(-2.5)).toBe(-2.5)
    expect(finiteOrNull(Number.NaN)).toBeNull()
    expect(finiteOrNull(Number.POSITIVE_INFINITY)).toBeNull()
    expect(finiteOrNull(null)).toBeNull()
  })
})
