import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { IndexEvents } from '../coordination/IndexEvents.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { readSearchContent } from './readSearchContent.ts'
import { audienceOfDocument } from './searchAudience.ts'
import type { SearchIndex } from './SearchIndex.ts'
import { searchResultTypeOf } from './searchResultType.ts'
import { searchStamp } from './searchStamp.ts'

/**
 * Keeps the search index in step with the documents: every index event of a document (each save
 * of a person's edits, each change of the server's own, each creation, rename, share, archive,
 * restore and deletion: `DocumentIndexer` and `DocumentService` announce them all on
 * {@link IndexEvents}) re-indexes it from its record and its content (`DocumentContent.read`,
 * which never loads a room), or removes it when its record is gone. Events heard while a
 * document waits to be indexed are folded into that one indexing; the indexings of one document
 * run one at a time. Scaled out, every process hears every event: the shared index is written
 * by each, the same row.
 */
export class SearchIndexer {
  readonly #index: SearchIndex
  readonly #metadata: MetadataStore
  readonly #content: DocumentContent
  readonly #logger: Logger
  readonly #queues = new SerialQueues()
  readonly #waiting = new Set<DocumentId>()
  readonly #running = new Set<Promise<void>>()
  readonly #unsubscribe: () => void
  #following = false

  constructor(options: {
    index: SearchIndex
    metadata: MetadataStore
    content: DocumentContent
    events: IndexEvents
    logger: Logger
  }) {
    this.#index = options.index
    this.#metadata = options.metadata
    this.#content = options.content
    this.#logger = options.logger
    this.#unsubscribe = options.events.subscribe((event) => {
      if (event.topic === 'document' && event.documentId !== null) {
        this.schedule(event.documentId as DocumentId)
      }
    })
  }

  /**
   * Indexes `documentId` now from its record and content, or removes it from the index when it
   * has no record. Rejects on failure (the backfill counts them).
   */
  index(documentId: DocumentId): Promise<void> {
    return this.#queues.run(documentId, () => this.#indexNow(documentId))
  }

  async #indexNow(documentId: DocumentId): Promise<void> {
    const record = await this.#metadata.findDocument(documentId)
    if (record === null) {
      await this.#index.remove(documentId)
      return
    }
    const content = await this.#content.read(documentId, readSearchContent)
    await this.#index.upsert({
      id: record.id,
      type: searchResultTypeOf(record.kind),
      kind: record.kind,
      spaceId: record.spaceId,
      title: content.title === '' ? record.title : content.title,
      text: content.text,
      updatedAt: record.updatedAt,
      audience: audienceOfDocument(record),
      stamp: searchStamp(record),
    })
  }

  /** Resolves once every indexing asked so far (and those they led to) has ended. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running])
  }

  /** Stops hearing events and waits for the indexings under way. */
  async close(): Promise<void> {
    this.#unsubscribe()
    await this.idle()
  }

  /**
   * Starts following changes ({@link schedule} does nothing before): at start-up the seed's
   * changes are left to the backfill, which indexes once what they changed many times.
   */
  follow(): void {
    this.#following = true
  }

  /**
   * Indexes `documentId` soon, in the background: folded into an indexing already waiting, after
   * those under way; a failure is logged (the entry stays as it was until the next change).
   */
  schedule(documentId: DocumentId): void {
    if (!this.#following || this.#waiting.has(documentId)) return
    this.#waiting.add(documentId)
    const run = this.#queues
      .run(documentId, () => {
        this.#waiting.delete(documentId)
        return this.#indexNow(documentId)
      })
      .catch((error: unknown) => {
        this.#logger.error(
          { err: error, documentId },
          'could not index a document for the search; it is found as it was until its next change',
        )
      })
    this.#running.add(run)
    void run.finally(() => this.#running.delete(run))
  }
}
