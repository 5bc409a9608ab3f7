import type { DocumentId } from '@maillage/protocol'
import { AppError, ErrorCode } from '../errors/AppError.ts'

/**
 * A document whose content cannot be read (its stored updates do not apply, or reading them
 * fails): `DOCUMENT_UNREADABLE` (422), with the document's id in `details`, for that document
 * alone. The HTTP error handler logs it with that id; callers that know the title may answer with
 * a message naming it.
 */
export class DocumentUnreadableError extends AppError {
  readonly documentId: DocumentId

  constructor(documentId: DocumentId, cause: unknown) {
    super(
      ErrorCode.DocumentUnreadable,
      'Ce document ne peut pas être lu : son contenu est illisible. Prévenez l’équipe régionale ; les autres documents ne sont pas touchés.',
      { details: { documentId }, cause },
    )
    this.name = 'DocumentUnreadableError'
    this.documentId = documentId
  }
}
