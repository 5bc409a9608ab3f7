import { isDocumentId } from '@maillage/protocol'
import { DocumentKind, REGIONAL_SPACE_IDS } from '@maillage/schema'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { readAtelierDetails, type AtelierDetails } from './atelierDetails.ts'

/** Path of an atelier's page in the web app. */
export function atelierPath(id: string): string {
  return `/ateliers/${id}`
}

/**
 * Whether a document is an atelier of the programme: of kind `atelier` AND in the espace régional.
 * An atelier document elsewhere (a CLPE contributeur may create documents in their space) is not
 * published: it is never listed, served, registered to or run as one.
 */
export function isProgrammeAtelier(record: DocumentRecord): boolean {
  return record.kind === DocumentKind.Atelier && record.spaceId === REGIONAL_SPACE_IDS.regional
}

/**
 * The atelier of the programme named by a URL parameter, if `actor` may read it; throws
 * `NOT_FOUND` for a malformed id, a missing document, a document of another kind or outside the
 * espace régional, and a hidden one alike.
 */
export async function loadReadableAtelier(
  store: MetadataStore,
  actor: Actor,
  id: string,
): Promise<DocumentRecord> {
  const record = isDocumentId(id) ? await store.findDocument(id) : null
  if (record === null || !isProgrammeAtelier(record) || documentAccess(actor, record) === null) {
    throw new AppError(ErrorCode.NotFound, 'Cet atelier n’existe pas ou vous n’y avez pas accès.')
  }
  return record
}

/** Reads an atelier's details and session from its Y.Doc (unsaved edits included). */
export function readAtelier(
  content: DocumentContent,
  record: DocumentRecord,
): Promise<AtelierDetails> {
  return content.read(record.id, (doc) => readAtelierDetails(doc, record.title))
}

/**
 * Whether an atelier is over: its session ended, or its end (start + duration) is past. One
 * without a date is not over.
 */
export function isAtelierOver(details: AtelierDetails, nowMs: number): boolean {
  if (details.session.state === 'terminee') return true
  return details.endsAt !== undefined && details.endsAt.getTime() <= nowMs
}
