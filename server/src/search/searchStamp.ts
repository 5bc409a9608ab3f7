import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * What an index entry was made from, as one string: a record whose stamp differs from its entry's
 * (edited, renamed, shared, archived, moved since) is indexed again by the start-up backfill.
 */
export function searchStamp(record: DocumentRecord): string {
  return JSON.stringify([
    record.updatedAt,
    record.title,
    record.spaceId,
    record.sharedWithAll,
    record.archivedAt ?? null,
    record.privateTo ?? null,
  ])
}
