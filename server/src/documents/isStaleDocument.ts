import { DocumentKind, FicheActionStatus, isStale } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/** Statuses of a fiche action that is over: nobody has to keep it up to date any more. */
const CLOSED_STATUSES: ReadonlySet<string> = new Set([
  FicheActionStatus.Terminee,
  FicheActionStatus.Abandonnee,
])

/**
 * True for a fiche action still running (not archived, neither terminée nor abandonnée) that has
 * not changed for `STALE_AFTER_DAYS` at `nowMs`. Computed when asked, never stored, so that it
 * turns true without a save.
 */
export function isStaleDocument(record: DocumentRecord, nowMs: number): boolean {
  if (record.kind !== DocumentKind.FicheAction || record.archivedAt !== undefined) return false
  if (record.status !== undefined && CLOSED_STATUSES.has(record.status)) return false
  return isStale(record.updatedAt, nowMs)
}
