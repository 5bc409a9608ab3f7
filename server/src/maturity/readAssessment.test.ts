import { describe, expect, it } from 'vitest'
import { MATURITY_GRID, maturityFieldNames, type FieldValues } from '@maillage/schema'
import { readAssessment } from './readAssessment.ts'

const ids = MATURITY_GRID.flatMap((theme) => theme.questions.map((question) => question.id))
const [first = '', second = ''] = ids

/** Values with `level` for every question, plus `extra`. */
function valuesWith(level: string, extra: Record<string, FieldValues[string]> = {}): FieldValues {
  return {
    ...Object.fromEntries(ids.map((id) => [maturityFieldNames(id).level, level])),
    ...extra,
  }
}

describe('readAssessment', () => {
  it('lists every question without a level, in the grid order', () => {
    const reading = readAssessment({ [maturityFieldNames(second).level]: '2' })
    expect(reading.missing).toEqual(ids.filter((id) => id !== second))
    expect(reading.answers).toEqual({ [second]: 2 })
    expect(reading.unjustified).toEqual([])
  })

  it('accepts low levels without proof, and wants one for each level of 3 or 4', () => {
    expect(readAssessment(valuesWith('2'))).toMatchObject({ missing: [], unjustified: [] })
    expect(readAssessment(valuesWith('3')).unjustified).toEqual(ids)
  })

  it('takes a justification or a preuve linking a document as proof, not blanks', () => {
    const names = maturityFieldNames(first)
    const other = maturityFieldNames(second)
    const backed = valuesWith('4', {
      [names.justification]: 'Relevé de décisions tenu à chaque séance.',
      [other.evidence]: [{ id: 'p1', order: 1, values: { document: 'fiche-1', precision: '' } }],
    })
    expect(readAssessment(backed).unjustified).toEqual(ids.slice(2))
    const blank = valuesWith('4', {
      [names.justification]: '   ',
      [other.evidence]: [{ id: 'p1', order: 1, values: { document: '', precision: 'voir CR' } }],
    })
    expect(readAssessment(blank).unjustified).toEqual(ids)
  })

  it('ignores a level that is not 1 to 4', () => {
    const reading = readAssessment({ [maturityFieldNames(first).level]: '7' })
    expect(reading.answers).toEqual({})
    expect(reading.missing).toContain(first)
  })
})
