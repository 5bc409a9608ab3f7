import {
  IndicatorLevel,
  indicatorProgress,
  indicatorTrend,
  latestMeasurement,
  type IndicatorDigest,
  type IndicatorRow,
} from '@maillage/schema'
import type { PilotageAction } from './PilotageAction.ts'

/**
 * The indicators of réalisation, résultat and impact of an action, in its list order, with their
 * latest measurement, progress towards the target and trend (contexte indicators and those whose
 * level is not chosen are left out: they say nothing of the action's own effect).
 */
export function indicatorRowsOf(action: PilotageAction): IndicatorRow[] {
  const indicators = action.pilotage?.indicators ?? []
  return indicators.flatMap((indicator) => {
    const level = dashboardLevelOf(indicator)
    if (level === null) return []
    return [
      {
        documentId: action.record.id,
        ficheTitle: action.record.title,
        indicatorId: indicator.id,
        level,
        label: indicator.label,
        unit: indicator.unit,
        baseline: indicator.baseline,
        baselineDate: indicator.baselineDate,
        target: indicator.target,
        targetDate: indicator.targetDate,
        kpi: indicator.kpi,
        measurements: indicator.measurements,
        latest: latestMeasurement(indicator.measurements),
        progress: indicatorProgress(indicator),
        trend: indicatorTrend(indicator.measurements),
      },
    ]
  })
}

function dashboardLevelOf(indicator: IndicatorDigest): IndicatorRow['level'] | null {
  switch (indicator.level) {
    case IndicatorLevel.Realisation:
    case IndicatorLevel.Resultat:
    case IndicatorLevel.Impact:
      return indicator.level
    default:
      return null
  }
}
