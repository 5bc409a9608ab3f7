import type { MaturityLevel } from './MaturityProfile.ts'

// The shape of the national grid of the démarche de progression et d’impact (`MATURITY_GRID`).

/** One question of the grid, scored on four levels. */
export interface MaturityQuestion {
  /** Stable kebab-case id: the field names of an auto-évaluation are derived from it. */
  readonly id: string
  readonly label: string
  /** One French sentence saying what the question looks at. */
  readonly help: string
  /** What each level means for this question, from 1 (émergent) to 4 (à impact démontré). */
  readonly levels: readonly [string, string, string, string]
}

/** One theme of the grid and its questions. */
export interface MaturityTheme {
  /** Stable kebab-case id. */
  readonly id: string
  readonly label: string
  readonly questions: readonly MaturityQuestion[]
}

/** The four levels, in order. */
export const MATURITY_LEVELS: readonly MaturityLevel[] = [1, 2, 3, 4]

/** The French name of each level, for a question, a theme or a CLPE as a whole. */
export const MATURITY_LEVEL_LABELS: Readonly<Record<MaturityLevel, string>> = {
  1: 'Émergent',
  2: 'En structuration',
  3: 'Opérationnel et coordonné',
  4: 'À impact démontré',
}

/** Tells whether `value` is one of the four levels. */
export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return value === 1 || value === 2 || value === 3 || value === 4
}
