import { describe, expect, it } from 'vitest'
import {
  DISTURBED_OTHER_CPU_PERCENT,
  isDisturbed,
  MAX_ATTEMPTS,
  otherCpuOf,
  shouldTryAgain,
} from './disturbance.ts'
import type { BenchRecord } from './scenarios/BenchContext.ts'

function record(metrics: Record<string, number>, errors: string[] = []): BenchRecord {
  return { scenario: 'S1a', server: 'maillage', metrics, errors }
}

describe('disturbance', () => {
  it('reads the measured window when there is one, else the whole run', () => {
    expect(otherCpuOf(record({ otherCpuPercent: 3, otherCpuPercentRun: 40 }))).toBe(3)
    expect(otherCpuOf(record({ otherCpuPercentRun: 40 }))).toBe(40)
    expect(otherCpuOf(record({}))).toBeUndefined()
  })

  it('calls a measure disturbed above the threshold only', () => {
    expect(DISTURBED_OTHER_CPU_PERCENT).toBe(15)
    expect(isDisturbed(record({ otherCpuPercent: 15 }))).toBe(false)
    expect(isDisturbed(record({ otherCpuPercent: 15.1 }))).toBe(true)
    // A quiet window is not disturbed by a busy set-up around it.
    expect(isDisturbed(record({ otherCpuPercent: 2, otherCpuPercentRun: 60 }))).toBe(false)
    expect(isDisturbed(record({ otherCpuPercentRun: 60 }))).toBe(true)
    expect(isDisturbed(record({}))).toBe(false)
  })

  it('tries a disturbed full run again, up to three tries in all', () => {
    const busy = record({ otherCpuPercent: 60 })
    expect(MAX_ATTEMPTS).toBe(3)
    expect(shouldTryAgain(busy, 1, false)).toBe(true)
    expect(shouldTryAgain(busy, 2, false)).toBe(true)
    expect(shouldTryAgain(busy, 3, false)).toBe(false)
  })

  it('keeps a quiet try, any quick-mode try and any failed try', () => {
    expect(shouldTryAgain(record({ otherCpuPercent: 4 }), 1, false)).toBe(false)
    expect(shouldTryAgain(record({ otherCpuPercent: 60 }), 1, true)).toBe(false)
    expect(
      shouldTryAgain(record({ otherCpuPercent: 60 }, ['2 deliveries never arrived']), 1, false),
    ).toBe(false)
  })
})
