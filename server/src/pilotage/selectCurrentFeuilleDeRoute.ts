import { DocumentKind, type FeuilleDeRoutePilotage } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/** A feuille de route with what the index keeps of it for steering. */
export interface FeuilleDeRouteRecord {
  readonly record: DocumentRecord
  readonly pilotage: FeuilleDeRoutePilotage
}

/**
 * The current feuille de route among `records` (the documents of one space): the non-archived one
 * of the highest `annee` (a feuille without a year comes after every dated one), then the latest
 * changed. Null when the space has none, or none indexed for steering yet.
 */
export function selectCurrentFeuilleDeRoute(
  records: readonly DocumentRecord[],
): FeuilleDeRouteRecord | null {
  let current: FeuilleDeRouteRecord | null = null
  for (const record of records) {
    if (record.kind !== DocumentKind.FeuilleDeRoute || record.archivedAt !== undefined) continue
    const pilotage = record.pilotage
    if (pilotage?.kind !== 'feuille-de-route') continue
    const candidate = { record, pilotage }
    if (current === null || isMoreCurrent(candidate, current)) current = candidate
  }
  return current
}

function isMoreCurrent(candidate: FeuilleDeRouteRecord, current: FeuilleDeRouteRecord): boolean {
  const year = candidate.pilotage.annee ?? Number.NEGATIVE_INFINITY
  const currentYear = current.pilotage.annee ?? Number.NEGATIVE_INFINITY
  if (year !== currentYear) return year > currentYear
  return Date.parse(candidate.record.updatedAt) > Date.parse(current.record.updatedAt)
}
