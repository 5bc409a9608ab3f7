import { isDocumentId } from '@maillage/protocol'
import { ANSWER_SUBMITTED_META_KEY, DocumentRoot } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { SurveyAnswer } from '../persistence/records/SurveyAnswer.ts'

/** What locking an answer's document needs. */
export interface AnswerLockDeps {
  readonly store: MetadataStore
  readonly documents: DocumentService
  readonly content: DocumentContent
}

/**
 * Freezes a sent answer: says so in its document's `meta` (every co-filler sees « Réponse
 * envoyée » live) and archives the document, so that the server takes no more edits (archived
 * documents are read-only for everyone) and closes the writers' connections, which reopen
 * read-only. The values sent are those stored with the submission.
 */
export async function lockAnswer(
  deps: AnswerLockDeps,
  actor: Actor,
  answer: SurveyAnswer,
  at: string,
): Promise<void> {
  if (!isDocumentId(answer.documentId)) return
  await deps.content.change(answer.documentId, (doc) => {
    doc.getMap(DocumentRoot.Meta).set(ANSWER_SUBMITTED_META_KEY, { at, byName: actor.account.name })
  })
  const record = await deps.store.findDocument(answer.documentId)
  if (record !== null && record.archivedAt === undefined)
    await deps.documents.archive(actor, record)
}

/**
 * Takes a sent answer back to change it: its document is editable again and no longer says it
 * was sent. The last submission stays stored (and counted) until the answer is sent again.
 */
export async function unlockAnswer(
  deps: AnswerLockDeps,
  actor: Actor,
  answer: SurveyAnswer,
): Promise<void> {
  if (!isDocumentId(answer.documentId)) return
  const record = await deps.store.findDocument(answer.documentId)
  if (record !== null && record.archivedAt !== undefined)
    await deps.documents.restore(actor, record)
  await deps.content.change(answer.documentId, (doc) => {
    doc.getMap(DocumentRoot.Meta).delete(ANSWER_SUBMITTED_META_KEY)
  })
}
