import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { IndexEvents } from '../coordination/IndexEvents.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { DocumentContent } from './DocumentContent.ts'
import { indexFields } from './indexFields.ts'
import { readIndexedContent, type IndexedContent } from './readIndexedContent.ts'

type RecordPatch = Partial<Omit<DocumentRecord, 'id'>>

/**
 * Keeps a document's index record in step with its content: after each save that stored a
 * person's edits, and after each change of the server's own (`reindex`), `updatedAt` becomes the
 * time of the change, `lastEditorId`/`lastEditorName` the person behind it, `title` the co-edited
 * title (unless it is empty, as it is for a moment while being retyped), and status, key fields,
 * quality, steering digest and field problems what its kind reads from its `fields`. Without an
 * account behind the edit (`MAILLAGE_AUTH=none`) the editor is left as it was. Each update is
 * announced on {@link IndexEvents} (topic `document`) for the open dashboards. The updates of one
 * document are written one at a time, in the order they were asked, so that an older reading
 * never overwrites a newer one.
 */
export class DocumentIndexer {
  readonly #metadata: MetadataStore
  readonly #content: DocumentContent
  readonly #events: IndexEvents
  readonly #timers: Timers
  readonly #logger: Logger
  readonly #queues = new SerialQueues()

  constructor(options: {
    metadata: MetadataStore
    content: DocumentContent
    events: IndexEvents
    timers: Timers
    logger: Logger
  }) {
    this.#metadata = options.metadata
    this.#content = options.content
    this.#events = options.events
    this.#timers = options.timers
    this.#logger = options.logger
  }

  /**
   * Records that edits of `editorId` (a principal id) were saved, with `content` read from the
   * live document at the save. Never rejects: a failure is logged, and the save it follows
   * stands, since the content is safe in the document store.
   */
  recordSave(documentId: DocumentId, editorId: string, content: IndexedContent): Promise<void> {
    return this.#update(documentId, { editorId }, () => Promise.resolve(content))
  }

  /**
   * Indexes `documentId` again from its current content (`DocumentContent.read`, which never loads
   * its room), after a change of the server's own made on behalf of `editorAccountId` (a
   * measurement, the demo seed: null when nobody is behind it). Never rejects: a failure is
   * logged; the change it follows is stored, only the index is late.
   */
  reindex(documentId: DocumentId, editorAccountId: string | null): Promise<void> {
    return this.#update(documentId, { editorId: editorAccountId }, () =>
      this.#content.read(documentId, readIndexedContent),
    )
  }

  /**
   * Refreshes only what `indexFields` reads (not the time, editor nor title: nothing changed), for
   * records indexed before a field of the index existed. Rejects on failure, for the caller to
   * count it.
   */
  async refreshFields(documentId: DocumentId): Promise<void> {
    await this.#queues.run(documentId, async () => {
      const record = await this.#metadata.findDocument(documentId)
      if (record === null) return
      const content = await this.#content.read(documentId, readIndexedContent)
      await this.#metadata.updateDocument(documentId, this.#indexFields(record, content))
      await this.#announce(record)
    })
  }

  #update(
    documentId: DocumentId,
    change: { editorId: string | null },
    readContent: () => Promise<IndexedContent>,
  ): Promise<void> {
    const { editorId } = change
    return this.#queues
      .run(documentId, async () => {
        const [record, account] = await Promise.all([
          this.#metadata.findDocument(documentId),
          editorId === null ? null : this.#metadata.findAccountById(editorId),
        ])
        // A document without a record (deleted meanwhile, or never created through the API) has
        // nothing to index.
        if (record === null) return
        const content = await readContent()
        const patch: RecordPatch = {
          updatedAt: isoTime(this.#timers),
          ...(content.title === '' ? {} : { title: content.title }),
          ...(account === null ? {} : { lastEditorId: account.id, lastEditorName: account.name }),
          ...this.#indexFields(record, content),
        }
        await this.#metadata.updateDocument(documentId, patch)
        await this.#announce(record)
      })
      .catch((error: unknown) => {
        this.#logger.error(
          { err: error, documentId, editorId },
          'could not index a changed document; its content is saved, its listing is stale',
        )
      })
  }

  async #announce(record: DocumentRecord): Promise<void> {
    try {
      await this.#events.publish({
        topic: 'document',
        spaceId: record.spaceId,
        documentId: record.id,
      })
    } catch (error) {
      // The index is written; only an open dashboard's listener failed, which is its own matter.
      this.#logger.error({ err: error, documentId: record.id }, 'an index listener failed')
    }
  }

  #indexFields(record: DocumentRecord, content: IndexedContent): RecordPatch {
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
