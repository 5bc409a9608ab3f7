import { NATIONAL_KPIS, type KpiContribution } from '@maillage/schema'
import type { Space } from '../persistence/records/Space.ts'
import type { PilotageAction } from './PilotageAction.ts'

/** The actions of one space, for {@link kpiContributions}. */
export interface SpaceActionsOf {
  readonly space: Space
  readonly actions: readonly PilotageAction[]
}

/**
 * For every national KPI (CNE), in the order of `NATIONAL_KPIS`, the indicators of `spaces`'
 * actions tied to it: one entry per indicator, with its action and space (a KPI no action
 * contributes to has an empty list, so that the region sees it too).
 */
export function kpiContributions(spaces: readonly SpaceActionsOf[]): KpiContribution[] {
  const byKpi = new Map<string, KpiContribution['actions'][number][]>(
    NATIONAL_KPIS.map((kpi) => [kpi.value, []]),
  )
  for (const { space, actions } of spaces) {
    for (const { record, pilotage } of actions) {
      for (const indicator of pilotage?.indicators ?? []) {
        byKpi.get(indicator.kpi)?.push({
          documentId: record.id,
          title: record.title,
          spaceId: space.id,
          spaceName: space.name,
          indicatorLabel: indicator.label,
        })
      }
    }
  }
  return NATIONAL_KPIS.map((kpi) => ({
    kpi: kpi.value,
    label: kpi.label,
    actions: byKpi.get(kpi.value) ?? [],
  }))
}
