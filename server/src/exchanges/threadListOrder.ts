import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import type { ExchangeListFilters } from './exchangeInput.ts'
import { raisingSpaceIds } from './supraTerritorial.ts'

// Which threads the list of the échanges shows, and in what order.

/** True when `thread` has the type, status and theme asked, and concerns the territory asked. */
export function matchesListFilters(thread: ExchangeThread, filters: ExchangeListFilters): boolean {
  if (filters.type !== undefined && thread.type !== filters.type) return false
  if (filters.statut !== undefined && thread.status !== filters.statut) return false
  if (filters.theme !== undefined && !thread.themes.includes(filters.theme)) return false
  const territoire = filters.territoire
  if (territoire === undefined) return true
  return (
    thread.territorySpaceIds.includes(territoire) || raisingSpaceIds(thread).includes(territoire)
  )
}

// ISO dates of one format compare in time order; ties newest created first, then by id.
export function byRecentActivity(a: ExchangeThread, b: ExchangeThread): number {
  if (a.lastMessageAt !== b.lastMessageAt) return a.lastMessageAt > b.lastMessageAt ? -1 : 1
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : 1
}
