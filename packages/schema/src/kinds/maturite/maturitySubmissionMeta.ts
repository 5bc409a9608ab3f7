import { MATURITY_GRID } from '../../pilotage/maturity/MATURITY_GRID.ts'
import { isMaturityLevel } from '../../pilotage/maturity/MaturityGrid.ts'
import type { MaturityAnswers, MaturityLevel } from '../../pilotage/maturity/MaturityProfile.ts'

/**
 * Key of the `meta` map of an auto-évaluation's document that says when it was last submitted, by
 * whom, and which levels it froze: written by the server at each submission, in the same change
 * as the statut « soumise », so every member with the grid open sees each submission live (the
 * statut alone changes only the first time). In `meta` because a root is the finest grain the
 * websocket limits: the members of the CLPE write `fields`, never `meta` (`documentSyncGrant`).
 */
export const MATURITY_SUBMITTED_META_KEY = 'soumission'

/** What the server writes under {@link MATURITY_SUBMITTED_META_KEY}. */
export interface MaturitySubmissionMeta {
  /** ISO 8601 instant of the submission. */
  readonly at: string
  /** Name of the person who submitted it, as it was then. */
  readonly byName: string
  /** The levels submitted, by question id: what the profile was computed from. */
  readonly levels: MaturityAnswers
}

/** Reads the value under {@link MATURITY_SUBMITTED_META_KEY}; null when absent or malformed. */
export function readMaturitySubmission(value: unknown): MaturitySubmissionMeta | null {
  if (typeof value !== 'object' || value === null) return null
  const { at, byName, levels } = value as { at?: unknown; byName?: unknown; levels?: unknown }
  if (typeof at !== 'string' || typeof byName !== 'string') return null
  if (typeof levels !== 'object' || levels === null) return null
  const read: Record<string, MaturityLevel> = {}
  for (const theme of MATURITY_GRID) {
    for (const question of theme.questions) {
      const level: unknown = (levels as Record<string, unknown>)[question.id]
      if (isMaturityLevel(level)) read[question.id] = level
    }
  }
  return { at, byName, levels: read }
}

/** Whether two sets of levels choose the same level for every question of the grid. */
export function sameMaturityLevels(a: MaturityAnswers, b: MaturityAnswers): boolean {
  return MATURITY_GRID.every((theme) =>
    theme.questions.every((question) => a[question.id] === b[question.id]),
  )
}
