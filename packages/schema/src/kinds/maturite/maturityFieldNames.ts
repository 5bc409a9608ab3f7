/** The names of the three fields an auto-évaluation gives one question of the grid. */
export interface MaturityFieldNames {
  /** Choice `'1'`…`'4'`: the level the CLPE gives itself. */
  readonly level: string
  /** Prose: the facts and documents that show this level. */
  readonly justification: string
  /** List of preuves: a linked document and a précision. */
  readonly evidence: string
}

/** The field names of question `questionId` in an auto-évaluation (stable: derived from the id). */
export function maturityFieldNames(questionId: string): MaturityFieldNames {
  return {
    level: `${questionId}-niveau`,
    justification: `${questionId}-justification`,
    evidence: `${questionId}-preuves`,
  }
}
