import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { isSupraTerritorial, raisingSpaceIds } from '../exchanges/supraTerritorial.ts'

/** How many supra-territorial subjects each space raised, and how many there are in all. */
export interface SupraTerritorialCounts {
  /** By space id: the subjects it raised (as origin or by « nous aussi »). */
  readonly bySpace: ReadonlyMap<string, number>
  /** Distinct subjects: one raised by several CLPE counts once. */
  readonly total: number
}

/**
 * Counts the threads of the échanges that are supra-territorial now (the rule of the échanges:
 * a remontée or signal faible raised by enough CLPE), for each CLPE raising them.
 */
export function countSupraTerritorialSubjects(
  threads: readonly ExchangeThread[],
): SupraTerritorialCounts {
  const bySpace = new Map<string, number>()
  let total = 0
  for (const thread of threads) {
    const raising = raisingSpaceIds(thread)
    if (!isSupraTerritorial(thread.type, raising.length)) continue
    total += 1
    for (const spaceId of raising) bySpace.set(spaceId, (bySpace.get(spaceId) ?? 0) + 1)
  }
  return { bySpace, total }
}
