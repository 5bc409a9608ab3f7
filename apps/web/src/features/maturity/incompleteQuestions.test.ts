import { describe, expect, it } from 'vitest'
import { MATURITY_GRID, maturityFieldNames } from '@maillage/schema'
import { ApiError } from '../../api/ApiError.ts'
import { incompleteQuestions, MATURITY_INCOMPLETE } from './incompleteQuestions.ts'

const questions = MATURITY_GRID.flatMap((theme) => theme.questions)
const first = questions[0]
const third = questions[2]

function refusal(code: string, details: Record<string, string>): ApiError {
  return new ApiError(422, { code, message: 'L’auto-évaluation n’a pas été soumise.', details })
}

describe('incompleteQuestions', () => {
  it('lists the questions a refusal names, in the order and numbering of the grid', () => {
    if (first === undefined || third === undefined) throw new Error('the grid is too short')
    const found = incompleteQuestions(
      refusal(MATURITY_INCOMPLETE, {
        [third.id]: 'Choisissez un niveau.',
        [maturityFieldNames(first.id).justification]: 'Justifiez ce niveau.',
        'not-a-question': 'ignoré',
      }),
    )
    expect(found.map((item) => [item.number, item.question.id, item.message])).toEqual([
      [1, first.id, 'Justifiez ce niveau.'],
      [3, third.id, 'Choisissez un niveau.'],
    ])
  })

  it('lists nothing for another error', () => {
    if (first === undefined) throw new Error('the grid is empty')
    expect(incompleteQuestions(refusal('FORBIDDEN', { [first.id]: 'Non.' }))).toEqual([])
    expect(incompleteQuestions(new Error('réseau'))).toEqual([])
  })
})
