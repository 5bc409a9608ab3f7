import { isDocumentId } from '@maillage/protocol'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * The document named by an untrusted id (a URL parameter), if `actor` may at least read it; throws `NOT_FOUND` for
 * a malformed id, a missing document and a hidden one alike, so that existence is not disclosed.
 */
export async function loadReadableDocument(
  store: MetadataStore,
  actor: Actor,
  documentId: string,
): Promise<DocumentRecord> {
  const record = isDocumentId(documentId) ? await store.findDocument(documentId) : null
  if (record === null || documentAccess(actor, record) === null) {
    throw new AppError(ErrorCode.NotFound, 'Ce document n’existe pas ou vous n’y avez pas accès.')
  }
  return record
}
