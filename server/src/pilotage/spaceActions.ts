import type { PilotageFilters } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { compareActions } from './compareActions.ts'
import { matchesFilters, toPilotageAction, type PilotageAction } from './PilotageAction.ts'
import { selectActions, type ActionSelection } from './selectActions.ts'
import {
  selectCurrentFeuilleDeRoute,
  type FeuilleDeRouteRecord,
} from './selectCurrentFeuilleDeRoute.ts'

/** The actions one space is steered by, as its dashboard and its regional row count them. */
export interface SpaceActions {
  readonly feuilleDeRoute: FeuilleDeRouteRecord | null
  readonly scope: ActionSelection['scope']
  /** Those matching the filters, in dashboard order (see `compareActions`). */
  readonly actions: readonly PilotageAction[]
}

/**
 * The actions of a space from the index `records` of its documents: those of its current feuille
 * de route (every fiche action of the space without one) that match `filters`, read at `nowMs`.
 */
export function spaceActions(
  records: readonly DocumentRecord[],
  filters: PilotageFilters,
  nowMs: number,
): SpaceActions {
  const feuilleDeRoute = selectCurrentFeuilleDeRoute(records)
  const selection = selectActions(records, feuilleDeRoute)
  const actions = selection.fiches
    .map((record) => toPilotageAction(record, nowMs))
    .filter((action) => matchesFilters(action, filters))
    .sort(compareActions)
  return { feuilleDeRoute, scope: selection.scope, actions }
}
