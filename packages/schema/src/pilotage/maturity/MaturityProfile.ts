// The shape of a CLPE's maturity profile, computed by `maturityProfile` from the
// levels chosen for the questions of the national grid (`MATURITY_GRID`).

/** The four levels of the grid, from émergent (1) to à impact démontré (4). */
export type MaturityLevel = 1 | 2 | 3 | 4

/** The level chosen for each question of the grid, by question id; unanswered ones are absent. */
export type MaturityAnswers = Readonly<Record<string, MaturityLevel>>

/** One theme of the grid in a profile. */
export interface ThemeProfile {
  readonly themeId: string
  readonly label: string
  /** Mean of the levels of its answered questions (1–4), null when none is answered. */
  readonly average: number | null
  /** The theme's level, null until every question of the theme is answered. */
  readonly level: MaturityLevel | null
  readonly answered: number
  readonly total: number
}

/** The profile of one self-assessment: per theme, and overall. */
export interface MaturityProfile {
  readonly themes: readonly ThemeProfile[]
  /** Overall level, null until every question is answered. */
  readonly level: MaturityLevel | null
  readonly complete: boolean
}
