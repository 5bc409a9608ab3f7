import { describe, expect, it } from 'vitest'
import { formatValue, progressPercent } from './indicatorFigures.ts'

describe('formatValue', () => {
  it('writes the number in French with its unit, or alone', () => {
    expect(formatValue(1200, 'personnes').replace(/\s/g, ' ')).toBe('1 200 personnes')
    expect(formatValue(4.5, '')).toBe('4,5')
    expect(formatValue(2 / 3, '%')).toBe('0,67 %')
  })
})

describe('progressPercent', () => {
  it('rounds to a whole percentage and keeps a target passed', () => {
    expect(progressPercent(0.666)).toBe(67)
    expect(progressPercent(1.2)).toBe(120)
    expect(progressPercent(0)).toBe(0)
  })
})
