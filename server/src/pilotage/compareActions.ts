import { FICHE_ACTION_STATUS_OPTIONS } from '@maillage/schema'
import type { PilotageAction } from './PilotageAction.ts'
import { lazyCollator } from '../time/lazyIntl.ts'

const STATUS_ORDER: ReadonlyMap<string, number> = new Map(
  FICHE_ACTION_STATUS_OPTIONS.map((option, index) => [option.value, index]),
)

const titles = lazyCollator('fr', { sensitivity: 'base', numeric: true })

/**
 * Order of the actions on a dashboard: « à actualiser » first, then by status in life order (en
 * attente, en cours, terminée, abandonnée, then none), then by title in French order.
 */
export function compareActions(a: PilotageAction, b: PilotageAction): number {
  if (a.stale !== b.stale) return a.stale ? -1 : 1
  const byStatus = statusRank(a) - statusRank(b)
  if (byStatus !== 0) return byStatus
  return titles.compare(a.record.title, b.record.title)
}

function statusRank(action: PilotageAction): number {
  return STATUS_ORDER.get(action.record.status ?? '') ?? STATUS_ORDER.size
}
