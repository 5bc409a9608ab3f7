import { MATURITY_GRID, type MaturityQuestion } from '@maillage/schema'

/** The questions of the national grid in order, theme after theme. */
export const GRID_QUESTIONS: readonly MaturityQuestion[] = MATURITY_GRID.flatMap(
  (theme) => theme.questions,
)

/** The number people read before each question (1 to 20), by question id. */
export const QUESTION_NUMBERS: ReadonlyMap<string, number> = new Map(
  GRID_QUESTIONS.map((question, index) => [question.id, index + 1]),
)
