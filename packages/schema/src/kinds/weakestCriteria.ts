import type { QualityCriterion, QualityLevel, QualityReport } from './QualityReport.ts'

const LEVEL_RANK: Readonly<Record<QualityLevel, number>> = {
  'axe-de-progres': 0,
  'a-consolider': 1,
  'point-fort': 2,
}

/**
 * The `n` criteria to work on first: axes de progrès, then points à consolider, each by points
 * lost (most first), then in grid order. Points forts are never returned.
 */
export function weakestCriteria(report: QualityReport, n: number): readonly QualityCriterion[] {
  return report.criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion }) => criterion.level !== 'point-fort')
    .sort(
      (a, b) =>
        LEVEL_RANK[a.criterion.level] - LEVEL_RANK[b.criterion.level] ||
        lostPoints(b.criterion) - lostPoints(a.criterion) ||
        a.index - b.index,
    )
    .slice(0, Math.max(0, n))
    .map(({ criterion }) => criterion)
}

function lostPoints(criterion: QualityCriterion): number {
  return criterion.maxPoints - criterion.points
}
