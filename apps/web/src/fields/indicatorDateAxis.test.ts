import { describe, expect, it } from 'vitest'
import { formatDateTicks } from './indicatorDateAxis.ts'

const seconds = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 1000

describe('formatDateTicks', () => {
  it('writes day then month, as the table beside the chart does', () => {
    expect(formatDateTicks([seconds('2026-04-01'), seconds('2026-11-27')])).toEqual([
      '01/04',
      '27/11',
    ])
  })

  it('adds the year when the ticks span two years', () => {
    expect(formatDateTicks([seconds('2026-12-01'), seconds('2027-01-01')])).toEqual([
      '01/12/26',
      '01/01/27',
    ])
  })
})
