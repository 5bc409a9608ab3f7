import { describe, expect, it } from 'vitest'
import { MATURITY_GRID } from '../../pilotage/maturity/MATURITY_GRID.ts'
import { readMaturitySubmission, sameMaturityLevels } from './maturitySubmissionMeta.ts'

const [FIRST = '', SECOND = ''] = MATURITY_GRID.flatMap((theme) => theme.questions).map(
  (question) => question.id,
)

describe('the submission an auto-évaluation’s meta holds', () => {
  it('reads what the server wrote, keeping only levels of the grid’s questions', () => {
    const read = readMaturitySubmission({
      at: '2026-12-07T08:00:00.000Z',
      byName: 'Élodie Vasseur',
      levels: { [FIRST]: 3, [SECOND]: 7, inconnue: 2 },
    })
    expect(read).toEqual({
      at: '2026-12-07T08:00:00.000Z',
      byName: 'Élodie Vasseur',
      levels: { [FIRST]: 3 },
    })
  })

  it('reads nothing from a value without its time, its name or its levels', () => {
    expect(readMaturitySubmission(undefined)).toBeNull()
    expect(readMaturitySubmission({ at: '2026-12-07T08:00:00.000Z', byName: 'Élodie' })).toBeNull()
    expect(readMaturitySubmission({ byName: 'Élodie', levels: {} })).toBeNull()
  })

  it('compares levels question by question', () => {
    expect(sameMaturityLevels({ [FIRST]: 2, [SECOND]: 3 }, { [SECOND]: 3, [FIRST]: 2 })).toBe(true)
    expect(sameMaturityLevels({ [FIRST]: 2 }, { [FIRST]: 1 })).toBe(false)
    expect(sameMaturityLevels({ [FIRST]: 2 }, { [FIRST]: 2, [SECOND]: 1 })).toBe(false)
  })
})
