import { FicheActionStatus, type ClpeDashboard, type PilotageFilters } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Space } from '../persistence/records/Space.ts'
import { indicatorRowsOf } from './indicatorRows.ts'
import type { PilotageAction } from './PilotageAction.ts'
import { spaceActions } from './spaceActions.ts'
import { summarizeActions } from './summarizeActions.ts'
import { toActionRow, toBilanRow } from './toActionRow.ts'

/** What a CLPE's dashboard is built from. */
export interface ClpeDashboardInput {
  readonly space: Space
  /** The documents of the space the person may see (all, or only those shared with all). */
  readonly records: readonly DocumentRecord[]
  readonly filters: PilotageFilters
  /** Ms since the epoch: staleness and `builtAt`. */
  readonly nowMs: number
  readonly canMeasure: boolean
  readonly sharedOnly: boolean
}

/**
 * The « Pilotage » page of a CLPE from its index records: the actions of its current feuille de
 * route (or of the whole space without one) that match the filters, their indicators, counts and
 * bilans. Reads no document's content.
 */
export function buildClpeDashboard(input: ClpeDashboardInput): ClpeDashboard {
  const { feuilleDeRoute, scope, actions } = spaceActions(input.records, input.filters, input.nowMs)
  const summary = summarizeActions(actions)
  return {
    spaceId: input.space.id,
    spaceName: input.space.name,
    feuilleDeRoute:
      feuilleDeRoute === null
        ? null
        : {
            documentId: feuilleDeRoute.record.id,
            title: feuilleDeRoute.record.title,
            annee: feuilleDeRoute.pilotage.annee,
          },
    scope,
    filters: input.filters,
    builtAt: new Date(input.nowMs).toISOString(),
    byStatus: summary.byStatus,
    staleCount: summary.staleCount,
    actions: actions.map(toActionRow),
    indicators: actions.flatMap(indicatorRowsOf),
    quantifiedShare: summary.quantifiedShare,
    averageQuality: summary.averageQuality,
    bilans: actions.filter(isClosed).map(toBilanRow),
    canMeasure: input.canMeasure,
    sharedOnly: input.sharedOnly,
  }
}

function isClosed(action: PilotageAction): boolean {
  const { status } = action.record
  return status === FicheActionStatus.Terminee || status === FicheActionStatus.Abandonnee
}
