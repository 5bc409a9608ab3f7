import type { QualityCategory, QualityCriterion, QualityLevel } from '../../QualityReport.ts'

/** A criterion of the grid before it is assessed: its id, category, label and weight. */
export interface QualityRule {
  readonly id: string
  readonly category: QualityCategory
  readonly label: string
  readonly maxPoints: number
}

/**
 * Assesses `rule` at `level` with a French `hint`. Points default to the full weight for a point
 * fort, half of it for « à consolider » and none for an axe de progrès.
 */
export function assessCriterion(
  rule: QualityRule,
  level: QualityLevel,
  hint: string,
  points?: number,
): QualityCriterion {
  return { ...rule, level, hint, points: points ?? defaultPoints(rule.maxPoints, level) }
}

function defaultPoints(maxPoints: number, level: QualityLevel): number {
  switch (level) {
    case 'point-fort':
      return maxPoints
    case 'a-consolider':
      return maxPoints / 2
    case 'axe-de-progres':
      return 0
    default: {
      const unknownLevel: never = level
      return unknownLevel
    }
  }
}
