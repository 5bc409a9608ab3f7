import {
  FICHE_ACTION_STATUS_OPTIONS,
  isQuantifiedEffectIndicator,
  type QuantifiedShare,
  type RegionalRow,
} from '@maillage/schema'
import type { PilotageAction } from './PilotageAction.ts'

/** The counts of a set of actions, as a regional row and the totals show them. */
export type ActionSummary = Pick<
  RegionalRow,
  | 'actions'
  | 'byStatus'
  | 'byThematique'
  | 'byPublic'
  | 'quantifiedShare'
  | 'averageQuality'
  | 'staleCount'
>

const KNOWN_STATUSES: ReadonlySet<string> = new Set(
  FICHE_ACTION_STATUS_OPTIONS.map((option) => option.value),
)

/**
 * Counts `actions`: by status (every status, and `''` for none or an unknown one), by thématique
 * and by public (an action counts once in each of its values), the share with a quantified,
 * dated résultat or impact indicator, the mean quality score of those scored, the stale ones.
 */
export function summarizeActions(actions: readonly PilotageAction[]): ActionSummary {
  const byStatus = countByStatus(actions)
  const byThematique: Record<string, number> = {}
  const byPublic: Record<string, number> = {}
  let scoreSum = 0
  let scored = 0
  for (const action of actions) {
    for (const value of action.thematiques) byThematique[value] = (byThematique[value] ?? 0) + 1
    for (const value of action.publics) byPublic[value] = (byPublic[value] ?? 0) + 1
    if (action.record.qualityScore !== undefined) {
      scoreSum += action.record.qualityScore
      scored += 1
    }
  }
  return {
    actions: actions.length,
    byStatus,
    byThematique,
    byPublic,
    quantifiedShare: quantifiedShareOf(actions),
    averageQuality: scored === 0 ? null : scoreSum / scored,
    staleCount: actions.filter((action) => action.stale).length,
  }
}

/** Count of `actions` by status: every status of a fiche action, and `''` for none. */
export function countByStatus(actions: readonly PilotageAction[]): Record<string, number> {
  const counts: Record<string, number> = { '': 0 }
  for (const option of FICHE_ACTION_STATUS_OPTIONS) counts[option.value] = 0
  for (const { record } of actions) {
    const status =
      record.status !== undefined && KNOWN_STATUSES.has(record.status) ? record.status : ''
    counts[status] = (counts[status] ?? 0) + 1
  }
  return counts
}

/** True when the action has a résultat or impact indicator with a target and a target date. */
export function hasQuantifiedEffectIndicator(action: PilotageAction): boolean {
  return (
    action.pilotage?.indicators.some((indicator) => isQuantifiedEffectIndicator(indicator)) ?? false
  )
}

function quantifiedShareOf(actions: readonly PilotageAction[]): QuantifiedShare {
  const withIndicator = actions.filter(hasQuantifiedEffectIndicator).length
  const total = actions.length
  return { withIndicator, total, ratio: total === 0 ? null : withIndicator / total }
}
