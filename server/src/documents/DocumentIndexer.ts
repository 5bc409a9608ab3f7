import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { IndexedContent } from './readIndexedContent.ts'
import type { Timers } from '../time/Timers.ts'

/**
 * Keeps a document's index record in step with its saved content: after each save that stored a
 * person's edits, `updatedAt` becomes the save time, `lastEditorId`/`lastEditorName` that person,
 * and `title` the co-edited title (unless it is empty, as it is for a moment while being retyped).
 * Without an account behind the edit (`MAILLAGE_AUTH=none`) only `updatedAt` changes.
 */
export class DocumentIndexer {
  readonly #metadata: MetadataStore
  readonly #timers: Timers
  readonly #logger: Logger

  constructor(options: { metadata: MetadataStore; timers: Timers; logger: Logger }) {
    this.#metadata = options.metadata
    this.#timers = options.timers
    this.#logger = options.logger
  }

  /**
   * Records that edits of `editorId` (a principal id) were saved. Never rejects: a failure is
   * logged, and the save it follows stands, since the content is safe in the document store.
   */
  async recordSave(
    documentId: DocumentId,
    editorId: string,
    content: IndexedContent,
  ): Promise<void> {
    try {
      const savedAt = isoTime(this.#timers)
      const account = await this.#metadata.findAccountById(editorId)
      const patch: Partial<Omit<DocumentRecord, 'id'>> = {
        updatedAt: savedAt,
        ...(content.title === '' ? {} : { title: content.title }),
        ...(account === null ? {} : { lastEditorId: account.id, lastEditorName: account.name }),
      }
      // Resolves to null for a document without a record (deleted meanwhile, or never created
      // through the API): there is nothing to index.
      await this.#metadata.updateDocument(documentId, patch)
    } catch (error) {
      this.#logger.error(
        { err: error, documentId, editorId },
        'could not index a saved document; its content is saved, its listing is stale',
      )
    }
  }
}
