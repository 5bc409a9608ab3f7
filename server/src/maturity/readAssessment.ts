import {
  MATURITY_GRID,
  itemsValue,
  maturityAnswersOf,
  maturityFieldNames,
  stringValue,
  type FieldValues,
  type MaturityAnswers,
} from '@maillage/schema'

/** What an auto-évaluation's fields say, and what keeps it from being submitted. */
export interface AssessmentReading {
  readonly answers: MaturityAnswers
  /** Questions of the grid without a level, in the grid's order. */
  readonly missing: readonly string[]
  /** Questions at level 3 or 4 with neither a justification nor a linked document. */
  readonly unjustified: readonly string[]
}

/** The lowest level that claims maturity, and so needs its proof. */
const LEVEL_NEEDING_PROOF = 3

/**
 * Reads the levels of an auto-évaluation's validated field values (`readFields` of its kind), and
 * lists the questions left without a level and the levels of 3 or more that nothing backs: a
 * claim of maturity needs a justification or at least one preuve linking a document.
 */
export function readAssessment(values: FieldValues): AssessmentReading {
  const answers = maturityAnswersOf(values)
  const missing: string[] = []
  const unjustified: string[] = []
  for (const question of MATURITY_GRID.flatMap((theme) => theme.questions)) {
    const level = answers[question.id]
    if (level === undefined) missing.push(question.id)
    else if (level >= LEVEL_NEEDING_PROOF && !isBacked(values, question.id)) {
      unjustified.push(question.id)
    }
  }
  return { answers, missing, unjustified }
}

function isBacked(values: FieldValues, questionId: string): boolean {
  const names = maturityFieldNames(questionId)
  if (stringValue(values, names.justification).trim() !== '') return true
  return itemsValue(values, names.evidence).some((item) => {
    const linked = item.values['document']
    return typeof linked === 'string' && linked.trim() !== ''
  })
}
