/** How one criterion of the national quality grid is met. */
export type QualityLevel = 'point-fort' | 'a-consolider' | 'axe-de-progres'

/** French label of each quality level. */
export const QUALITY_LEVEL_LABELS: Readonly<Record<QualityLevel, string>> = {
  'point-fort': 'Point fort',
  'a-consolider': 'À consolider',
  'axe-de-progres': 'Axe de progrès',
}

/** The four parts of the national grid and their weight in the score out of 100. */
export type QualityCategory = 'description' | 'impact' | 'bilan' | 'innovation'

/** One criterion, as assessed. */
export interface QualityCriterion {
  /** Stable id (`problematique-longueur`, `acteurs-roles`…). */
  readonly id: string
  readonly category: QualityCategory
  /** French name of the criterion. */
  readonly label: string
  readonly level: QualityLevel
  /** French advice saying what to improve (or what is good, for a point fort). */
  readonly hint: string
  /** Points earned and the most this criterion can earn. */
  readonly points: number
  readonly maxPoints: number
}

/** The assessment of a document against a quality grid. */
export interface QualityReport {
  /** Score out of 100, rounded to an integer. */
  readonly score: number
  readonly criteria: readonly QualityCriterion[]
}
