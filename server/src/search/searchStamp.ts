import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * How a document's content is read into an entry (`readSearchContent`): raised when that reading
 * changes, so that the start-up backfill reads every document again once.
 */
const CONTENT_READING = 2

/**
 * What an index entry was made from, as one string: a record whose stamp differs from its entry's
 * (edited, renamed, shared, archived, moved since, or read another way) is indexed again by the
 * start-up backfill.
 */
export function searchStamp(record: DocumentRecord): string {
  return JSON.stringify([
    CONTENT_READING,
    record.updatedAt,
    record.title,
    record.spaceId,
    record.sharedWithAll,
    record.archivedAt ?? null,
    record.privateTo ?? null,
  ])
}
