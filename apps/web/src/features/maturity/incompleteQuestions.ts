import { maturityFieldNames, type MaturityQuestion } from '@maillage/schema'
import { ApiError } from '../../api/ApiError.ts'
import { GRID_QUESTIONS, QUESTION_NUMBERS } from './questionNumbers.ts'

/** Code of the server's refusal of a grid that still lacks levels or justifications. */
export const MATURITY_INCOMPLETE = 'MATURITY_INCOMPLETE'

/** A question the server says is not complete yet, with what it lacks (French, from the server). */
export interface IncompleteQuestion {
  readonly question: MaturityQuestion
  readonly number: number
  readonly message: string
}

/**
 * The questions a refused submission names, in the grid's order. The refusal's details are keyed
 * by question id (or by the name of the question's level or justification field), each with the
 * server's French message; anything else in them is ignored. Empty for any other error.
 */
export function incompleteQuestions(error: unknown): readonly IncompleteQuestion[] {
  if (!(error instanceof ApiError) || error.code !== MATURITY_INCOMPLETE) return []
  return GRID_QUESTIONS.flatMap((question) => {
    const names = maturityFieldNames(question.id)
    const messages = [question.id, names.level, names.justification]
      .map((key) => error.details[key])
      .filter((message): message is string => message !== undefined)
    if (messages.length === 0) return []
    const number = QUESTION_NUMBERS.get(question.id) ?? 0
    return [{ question, number, message: messages.join(' ; ') }]
  })
}
