import type * as Y from 'yjs'
import { parseDocumentId, type ExchangeMessageView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { indexFields } from '../documents/indexFields.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { appendMessage, mirrorThreadFields } from './threadDocument.ts'

/**
 * Writes a thread's Y.Doc through `DocumentContent`, so that every connected reader sees the
 * change live, and keeps its document's index in step: status and type from the mirrored fields,
 * `updatedAt`, and for a message its author as last editor (the server's own changes are not
 * indexed after saving, since no person is behind them).
 *
 * The Y.Doc and the metadata are two stores written one after the other, so a failure may leave
 * them apart: every write here is such that doing it again brings them back in step (the fields
 * are mirrored whole, the count of messages is read from the Y.Doc).
 */
export class ThreadWriter {
  readonly #content: DocumentContent
  readonly #metadata: MetadataStore
  readonly #timers: Timers

  constructor(options: { content: DocumentContent; metadata: MetadataStore; timers: Timers }) {
    this.#content = options.content
    this.#metadata = options.metadata
    this.#timers = options.timers
  }

  /**
   * Appends a message to the thread's `messages`, then sets the thread record's `messageCount` to
   * the number of messages of the Y.Doc (not one more than it said: a count left behind by a
   * failure after an earlier append is made right) and its `lastMessageAt`. Nothing is written
   * when the Y.Doc cannot be changed.
   */
  async append(threadId: string, message: ExchangeMessageView): Promise<void> {
    const { fields, result: messageCount } = await this.#change(threadId, (doc) =>
      appendMessage(doc, message),
    )
    await this.#metadata.exchanges.updateThread(threadId, {
      messageCount,
      lastMessageAt: message.at,
    })
    await this.#reindex(threadId, fields, {
      lastEditorId: message.author.id,
      lastEditorName: message.author.name,
      updatedAt: isoTime(this.#timers),
    })
  }

  /**
   * Mirrors the thread's status, type and number of « nous aussi » into its `fields`, and the
   * index from them. Idempotent: call it again after a failure, even with an unchanged thread;
   * `updatedAt` moves only when a field did.
   */
  async mirror(thread: ExchangeThread): Promise<void> {
    const { fields, result: changed } = await this.#change(thread.id, (doc) =>
      mirrorThreadFields(doc, thread),
    )
    await this.#reindex(thread.id, fields, changed ? { updatedAt: isoTime(this.#timers) } : {})
  }

  /**
   * Applies `apply` in one transaction; resolves with what it returned and the `fields` as they
   * are afterwards.
   */
  async #change<R>(
    threadId: string,
    apply: (doc: Y.Doc) => R,
  ): Promise<{ fields: Record<string, unknown>; result: R }> {
    const changes: { fields: Record<string, unknown>; result: R }[] = []
    await this.#content.change(parseDocumentId(threadId), (doc) => {
      const result = apply(doc)
      changes.push({ fields: doc.getMap(DocumentRoot.Fields).toJSON(), result })
    })
    const [changed] = changes
    // `DocumentContent.change` runs `apply` before it resolves, or rejects.
    if (changed === undefined) throw new Error(`thread ${threadId} was not changed`)
    return changed
  }

  async #reindex(
    threadId: string,
    fields: Record<string, unknown>,
    patch: Partial<DocumentRecord>,
  ): Promise<void> {
    const record = await this.#metadata.findDocument(parseDocumentId(threadId))
    if (record === null) return
    const { index } = indexFields(record.kind, fields, {
      nowMs: this.#timers.now(),
      title: record.title,
    })
    await this.#metadata.updateDocument(record.id, { ...index, ...patch })
  }
}
