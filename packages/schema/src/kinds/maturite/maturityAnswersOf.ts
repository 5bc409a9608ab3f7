import { MATURITY_GRID } from '../../pilotage/maturity/MATURITY_GRID.ts'
import type { MaturityAnswers, MaturityLevel } from '../../pilotage/maturity/MaturityProfile.ts'
import { isMaturityLevel } from '../../pilotage/maturity/MaturityGrid.ts'
import type { FieldValues } from '../FieldValues.ts'
import { stringValue } from '../fields/fieldValue.ts'
import { maturityFieldNames } from './maturityFieldNames.ts'

/** The levels chosen in an auto-évaluation's validated values, by question id; unanswered ones absent. */
export function maturityAnswersOf(values: FieldValues): MaturityAnswers {
  const answers: Record<string, MaturityLevel> = {}
  for (const theme of MATURITY_GRID) {
    for (const question of theme.questions) {
      const chosen = stringValue(values, maturityFieldNames(question.id).level)
      const level = chosen === '' ? null : Number(chosen)
      if (isMaturityLevel(level)) answers[question.id] = level
    }
  }
  return answers
}
