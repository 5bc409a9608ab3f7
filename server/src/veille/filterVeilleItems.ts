import type { VeilleItem, VeilleStatus } from '../persistence/records/VeilleItem.ts'
import { territoriesConcerning } from './veilleTerritories.ts'

/** Filters of the veille's lists and feeds; absent ones let everything through. */
export interface VeilleFilters {
  /** A value of the fiches action's thématiques. */
  readonly thematique?: string
  /** A territory token: matches items concerning it (see `territoriesConcerning`). */
  readonly territory?: string
  /** Part of the source's name, case and accents ignored. */
  readonly source?: string
  /** First and last day of publication, `YYYY-MM-DD`, both included. */
  readonly from?: string
  readonly to?: string
  readonly status?: VeilleStatus
  readonly selectedForLettre?: boolean
}

/** The items matching `filters`, newest publication first (then newest added). */
export function filterVeilleItems(
  items: readonly VeilleItem[],
  filters: VeilleFilters,
): VeilleItem[] {
  const concerned =
    filters.territory === undefined ? null : territoriesConcerning(filters.territory)
  const source = filters.source === undefined ? '' : foldText(filters.source)
  return items
    .filter(
      (item) =>
        (filters.thematique === undefined || item.thematiques.includes(filters.thematique)) &&
        (concerned === null || item.territories.some((token) => concerned.has(token))) &&
        (source === '' || foldText(item.source).includes(source)) &&
        (filters.from === undefined || item.publishedOn >= filters.from) &&
        (filters.to === undefined || item.publishedOn <= filters.to) &&
        (filters.status === undefined || item.status === filters.status) &&
        (filters.selectedForLettre === undefined ||
          item.selectedForLettre === filters.selectedForLettre),
    )
    .sort(
      (a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.addedAt.localeCompare(a.addedAt),
    )
}

function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
}
