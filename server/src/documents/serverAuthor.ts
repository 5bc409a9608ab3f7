import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * Account id recorded as the creator of what the server writes on its own (the catalogue of the
 * boîte à outils seeded on a new data directory); never the id of a real account.
 */
export const SERVER_AUTHOR_ID = 'maillage'

/**
 * True while a document holds only what the server wrote: created by it, and no person's edit
 * saved since. Such a document was not « modifié » by anyone, so the accueil does not list it as
 * recently changed (a new instance would otherwise show its whole seeded catalogue « à l’instant »).
 */
export function isUntouchedServerDocument(record: DocumentRecord): boolean {
  return record.createdBy === SERVER_AUTHOR_ID && record.lastEditorId === undefined
}
