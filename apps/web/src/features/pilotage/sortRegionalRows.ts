import { FicheActionStatus, type RegionalRow } from '@maillage/schema'

/** The columns of the regional table one can sort by. */
export const RegionalSortKey = {
  Name: 'name',
  Departement: 'departement',
  Actions: 'actions',
  EnCours: 'en-cours',
  Terminees: 'terminees',
  Stale: 'stale',
  Quantified: 'quantified',
  Quality: 'quality',
  Maturity: 'maturity',
  Supra: 'supra',
} as const
export type RegionalSortKey = (typeof RegionalSortKey)[keyof typeof RegionalSortKey]

/** Ascending (A to Z, smallest first) or descending. */
export type SortDirection = 'ascending' | 'descending'

/** How the table is sorted. */
export interface RegionalSort {
  readonly key: RegionalSortKey
  readonly direction: SortDirection
}

/** The value of a row that a column sorts by: text, a number, or null when there is none. */
export function sortValueOf(row: RegionalRow, key: RegionalSortKey): string | number | null {
  switch (key) {
    case RegionalSortKey.Name:
      return row.name
    case RegionalSortKey.Departement:
      return row.departement
    case RegionalSortKey.Actions:
      return row.actions
    case RegionalSortKey.EnCours:
      return row.byStatus[FicheActionStatus.EnCours] ?? 0
    case RegionalSortKey.Terminees:
      return row.byStatus[FicheActionStatus.Terminee] ?? 0
    case RegionalSortKey.Stale:
      return row.staleCount
    case RegionalSortKey.Quantified:
      return row.quantifiedShare.ratio
    case RegionalSortKey.Quality:
      return row.averageQuality
    case RegionalSortKey.Maturity:
      return row.maturity?.profile.level ?? null
    case RegionalSortKey.Supra:
      return row.supraTerritorialSubjects
    default: {
      const unknown: never = key
      throw new Error(`unknown sort key ${String(unknown)}`)
    }
  }
}

/**
 * The rows in the order of `sort`; rows without a value (no action, no self-assessment) come last
 * in both directions, and ties keep the CLPE's name order, so that the table never jumps around.
 */
export function sortRegionalRows(rows: readonly RegionalRow[], sort: RegionalSort): RegionalRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const left = sortValueOf(a, sort.key)
    const right = sortValueOf(b, sort.key)
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1
    } else {
      const order = compareValues(left, right)
      if (order !== 0) return sign * order
    }
    return a.name.localeCompare(b.name, 'fr')
  })
}

/** The direction a column takes when its header is clicked: text A to Z, figures largest first. */
export function nextSort(current: RegionalSort, key: RegionalSortKey): RegionalSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  }
  const textual = key === RegionalSortKey.Name || key === RegionalSortKey.Departement
  return { key, direction: textual ? 'ascending' : 'descending' }
}

function compareValues(left: string | number, right: string | number): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right
  return String(left).localeCompare(String(right), 'fr', { numeric: true })
}
