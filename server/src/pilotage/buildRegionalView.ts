import {
  SpaceKind,
  type MaturitySnapshot,
  type PilotageFilters,
  type RegionalView,
} from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import type { Space } from '../persistence/records/Space.ts'
import { buildRegionalRow } from './buildRegionalRow.ts'
import { kpiContributions, type SpaceActionsOf } from './kpiContributions.ts'
import { regionalTotals } from './regionalTotals.ts'
import { spaceActions } from './spaceActions.ts'
import { countSupraTerritorialSubjects } from './supraTerritorialSubjects.ts'
import { lazyCollator } from '../time/lazyIntl.ts'

/** What the regional view is built from: index records only, never a document's content. */
export interface RegionalViewInput {
  readonly spaces: readonly Space[]
  /** The fiches action and feuilles de route of every space (others are ignored). */
  readonly records: readonly DocumentRecord[]
  readonly threads: readonly ExchangeThread[]
  /** The latest maturity self-assessment by space id. */
  readonly maturity: ReadonlyMap<string, MaturitySnapshot>
  readonly filters: PilotageFilters
  /** Ms since the epoch: staleness and `builtAt`. */
  readonly nowMs: number
  readonly canDraftBilan: boolean
}

const names = lazyCollator('fr', { sensitivity: 'base', numeric: true })

/**
 * The CLPE side by side (by département code, then name), each counted as its own dashboard
 * counts it, the totals, and the actions contributing to each national KPI.
 */
export function buildRegionalView(input: RegionalViewInput): RegionalView {
  const recordsBySpace = groupBySpace(input.records)
  const supra = countSupraTerritorialSubjects(input.threads)
  const clpe: SpaceActionsOf[] = input.spaces
    .filter((space) => space.kind === SpaceKind.Clpe)
    .sort(compareClpe)
    .map((space) => ({
      space,
      actions: spaceActions(recordsBySpace.get(space.id) ?? [], input.filters, input.nowMs).actions,
    }))
  return {
    builtAt: new Date(input.nowMs).toISOString(),
    filters: input.filters,
    rows: clpe.map(({ space, actions }) =>
      buildRegionalRow({
        space,
        actions,
        maturity: input.maturity.get(space.id) ?? null,
        supraTerritorialSubjects: supra.bySpace.get(space.id) ?? 0,
      }),
    ),
    totals: regionalTotals(
      clpe.flatMap(({ actions }) => actions),
      supra.total,
    ),
    kpis: kpiContributions(clpe),
    canDraftBilan: input.canDraftBilan,
  }
}

function groupBySpace(records: readonly DocumentRecord[]): Map<string, DocumentRecord[]> {
  const bySpace = new Map<string, DocumentRecord[]>()
  for (const record of records) {
    const list = bySpace.get(record.spaceId)
    if (list === undefined) bySpace.set(record.spaceId, [record])
    else list.push(record)
  }
  return bySpace
}

function compareClpe(a: Space, b: Space): number {
  const byDepartement = (a.territory?.departement ?? '').localeCompare(
    b.territory?.departement ?? '',
  )
  return byDepartement !== 0 ? byDepartement : names.compare(a.name, b.name)
}
