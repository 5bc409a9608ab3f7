import { describe, expect, it } from 'vitest'
import { dateRange, valueRange } from './indicatorChartRanges.ts'

const DAY_S = 86_400

describe('dateRange', () => {
  it('keeps the span of several measurements', () => {
    expect(dateRange(0, 30 * DAY_S, [0, 10 * DAY_S, 30 * DAY_S])).toEqual([0, 30 * DAY_S])
  })

  it('puts a lone measurement in the middle of a month', () => {
    // uPlot hands a lone point a span of a thousand days (86 400 « ms » of seconds).
    expect(dateRange(100 * DAY_S, 1_100 * DAY_S, [100 * DAY_S])).toEqual([85 * DAY_S, 115 * DAY_S])
  })
})

describe('valueRange', () => {
  it('reads from zero and reaches above a target higher than every measure', () => {
    expect(valueRange(12, 23, 35)).toEqual([0, 38.5])
  })

  it('without a target, spans the measures from zero', () => {
    expect(valueRange(40, 60, null)).toEqual([0, 66])
  })

  it('goes below zero with room when a value is negative', () => {
    expect(valueRange(-10, 10, null)).toEqual([-12, 12])
  })

  it('opens a flat series of zeros', () => {
    expect(valueRange(0, 0, 0)).toEqual([-1, 1])
  })
})
