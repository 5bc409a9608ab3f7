import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors/AppError.ts'
import { parseInput } from '../../http/parseInput.ts'
import { bilanPeriodSchema } from './bilanPeriodInput.ts'

function refusal(body: unknown): Record<string, string> {
  try {
    parseInput(bilanPeriodSchema, body)
  } catch (error) {
    if (error instanceof AppError && error.details !== undefined) return { ...error.details }
    throw error
  }
  throw new Error('accepted')
}

describe('bilanPeriodSchema', () => {
  it('accepts a period of one day up to two years', () => {
    expect(
      parseInput(bilanPeriodSchema, { periodStart: '2026-03-01', periodEnd: '2026-03-01' }),
    ).toEqual({ periodStart: '2026-03-01', periodEnd: '2026-03-01' })
    expect(() =>
      parseInput(bilanPeriodSchema, { periodStart: '2025-01-01', periodEnd: '2026-12-31' }),
    ).not.toThrow()
  })

  it('refuses, in French, an end before the start, a period over two years and a false date', () => {
    expect(refusal({ periodStart: '2026-06-30', periodEnd: '2026-01-01' })).toEqual({
      periodEnd: 'La fin de la période doit être le jour de son début ou après.',
    })
    expect(refusal({ periodStart: '2024-01-01', periodEnd: '2026-12-31' })).toEqual({
      periodEnd: 'Un bilan couvre deux ans au plus : raccourcissez la période.',
    })
    expect(refusal({ periodStart: '2026-02-30', periodEnd: '2026-03-01' })).toEqual({
      periodStart: 'Indiquez une date valide (AAAA-MM-JJ).',
    })
    expect(refusal({})).toEqual({
      periodStart: 'Indiquez la date de début de la période.',
      periodEnd: 'Indiquez la date de fin de la période.',
    })
  })
})
