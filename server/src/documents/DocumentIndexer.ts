import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { indexFields } from './indexFields.ts'
import type { IndexedContent } from './readIndexedContent.ts'

/**
 * Keeps a document's index record in step with its saved content: after each save that stored a
 * person's edits, `updatedAt` becomes the save time, `lastEditorId`/`lastEditorName` that person,
 * `title` the co-edited title (unless it is empty, as it is for a moment while being retyped), and
 * status, key fields, quality and field problems what its kind reads from its `fields`.
 * Without an account behind the edit (`MAILLAGE_AUTH=none`) the editor is left as it was.
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
      const [record, account] = await Promise.all([
        this.#metadata.findDocument(documentId),
        this.#metadata.findAccountById(editorId),
      ])
      // A document without a record (deleted meanwhile, or never created through the API) has
      // nothing to index.
      if (record === null) return
      const patch: Partial<Omit<DocumentRecord, 'id'>> = {
        updatedAt: isoTime(this.#timers),
        ...(content.title === '' ? {} : { title: content.title }),
        ...(account === null ? {} : { lastEditorId: account.id, lastEditorName: account.name }),
        ...this.#indexFields(record, content),
      }
      await this.#metadata.updateDocument(documentId, patch)
    } catch (error) {
      this.#logger.error(
        { err: error, documentId, editorId },
        'could not index a saved document; its content is saved, its listing is stale',
      )
    }
  }

  #indexFields(record: DocumentRecord, content: IndexedContent): Partial<DocumentRecord> {
    // The record's kind was set by the server; `meta` is written by clients too.
    const kind = record.kind
    if (content.fieldsTooDeep) {
      this.#logger.warn(
        { documentId: record.id, kind },
        'the document holds fields nested too deep to read (written before nesting was bounded); indexing what can be read',
      )
    }
    if (content.metaKind !== null && content.metaKind !== kind) {
      this.#logger.warn(
        { documentId: record.id, kind, metaKind: content.metaKind },
        'the kind in the document differs from its record; indexing it as its record says',
      )
    }
    const { index, problems } = indexFields(kind, content.fields, {
      nowMs: this.#timers.now(),
      title: content.title === '' ? record.title : content.title,
    })
    if (problems.length > 0) {
      this.#logger.warn(
        {
          documentId: record.id,
          kind,
          problems: problems.map((problem) => ({ path: problem.path, code: problem.code })),
        },
        'a client wrote field values of the wrong type; they are read as empty',
      )
    }
    return index
  }
}
