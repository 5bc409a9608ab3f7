import { describe, expect, it } from 'vitest'
import type { IndexedMeasurement } from './PilotageIndex.ts'
import { indicatorProgress, indicatorTrend, latestMeasurement } from './indicatorFigures.ts'

const m = (date: string, value: number): IndexedMeasurement => ({ date, value })

describe('latestMeasurement', () => {
  it('is null without measurements', () => {
    expect(latestMeasurement([])).toBeNull()
  })

  it('is the latest by date, whatever the list order; the last one on equal dates', () => {
    expect(latestMeasurement([m('2025-06-01', 41), m('2025-05-20', 23)])).toEqual(
      m('2025-06-01', 41),
    )
    expect(latestMeasurement([m('2025-06-01', 41), m('2025-06-01', 44)])).toEqual(
      m('2025-06-01', 44),
    )
  })

  it('keeps an old measurement as the latest: staleness is told by the fiche, not hidden', () => {
    expect(latestMeasurement([m('2023-01-15', 12)])).toEqual(m('2023-01-15', 12))
  })
})

describe('indicatorTrend', () => {
  it('is null with fewer than two measurements', () => {
    expect(indicatorTrend([])).toBeNull()
    expect(indicatorTrend([m('2025-01-01', 3)])).toBeNull()
  })

  it('compares the latest with the one before it, by date', () => {
    expect(indicatorTrend([m('2025-03-01', 30), m('2025-01-01', 10), m('2025-02-01', 20)])).toBe(
      'hausse',
    )
    expect(indicatorTrend([m('2025-01-01', 40), m('2025-02-01', 35)])).toBe('baisse')
    expect(indicatorTrend([m('2025-01-01', 40), m('2025-02-01', 40)])).toBe('stable')
  })
})

describe('indicatorProgress', () => {
  const indicator = (
    baseline: number | null,
    target: number | null,
    measurements: readonly IndexedMeasurement[],
  ) => ({ baseline, target, measurements })

  it('is the share of the way from the baseline to the target', () => {
    expect(indicatorProgress(indicator(0, 60, [m('2025-06-01', 41)]))).toBeCloseTo(41 / 60)
    expect(indicatorProgress(indicator(20, 60, [m('2025-06-01', 40)]))).toBeCloseTo(0.5)
  })

  it('starts from 0 without a baseline', () => {
    expect(indicatorProgress(indicator(null, 50, [m('2025-06-01', 25)]))).toBeCloseTo(0.5)
  })

  it('uses the latest measurement only', () => {
    const measurements = [m('2025-06-01', 10), m('2025-01-01', 50)]
    expect(indicatorProgress(indicator(0, 20, measurements))).toBeCloseTo(0.5)
  })

  it('works with a target below the baseline (a délai to reduce)', () => {
    // From 90 days to 30 days: 60 days now is half the way.
    expect(indicatorProgress(indicator(90, 30, [m('2025-06-01', 60)]))).toBeCloseTo(0.5)
    expect(indicatorProgress(indicator(90, 30, [m('2025-06-01', 20)]))).toBeCloseTo(70 / 60)
  })

  it('is never negative, and passes 1 when the target is passed', () => {
    expect(indicatorProgress(indicator(90, 30, [m('2025-06-01', 120)]))).toBe(0)
    expect(indicatorProgress(indicator(10, 20, [m('2025-06-01', 5)]))).toBe(0)
    expect(indicatorProgress(indicator(0, 60, [m('2025-06-01', 72)]))).toBeCloseTo(1.2)
  })

  it('is null without a target, without a measurement, or when the target is the baseline', () => {
    expect(indicatorProgress(indicator(0, null, [m('2025-06-01', 41)]))).toBeNull()
    expect(indicatorProgress(indicator(0, 60, []))).toBeNull()
    expect(indicatorProgress(indicator(15, 15, [m('2025-06-01', 20)]))).toBeNull()
    expect(indicatorProgress(indicator(null, 0, [m('2025-06-01', 20)]))).toBeNull()
  })
})
