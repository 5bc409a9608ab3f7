import type { DocumentId } from '@maillage/protocol'

/**
 * A document whose content cannot be read (its stored updates do not apply, or reading them fails):
 * the caller answers for that document alone and logs it with its id.
 */
export class DocumentUnreadableError extends Error {
  override readonly name = 'DocumentUnreadableError'
  /** Stable code to branch on; the message is for humans and may change. */
  readonly code = 'DOCUMENT_UNREADABLE'
  readonly documentId: DocumentId

  constructor(documentId: DocumentId, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super(`document ${documentId} cannot be read: ${reason}`, { cause })
    this.documentId = documentId
  }
}
