import type * as Y from 'yjs'
import { parseDocumentId, type ExchangeMessageView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { indexFields } from '../documents/indexFields.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { appendMessage, mirrorThreadFields } from './threadDocument.ts'

/**
 * Writes a thread's Y.Doc through its room, so that every connected reader sees the change live,
 * and keeps its document's index in step: status and type from the mirrored fields, `updatedAt`,
 * and for a message its author as last editor (the server's own changes are not indexed after
 * saving, since no person is behind them).
 */
export class ThreadWriter {
  readonly #rooms: RoomRegistry
  readonly #metadata: MetadataStore
  readonly #timers: Timers

  constructor(options: { rooms: RoomRegistry; metadata: MetadataStore; timers: Timers }) {
    this.#rooms = options.rooms
    this.#metadata = options.metadata
    this.#timers = options.timers
  }

  /** Appends a message to the thread's `messages`. */
  async append(threadId: string, message: ExchangeMessageView): Promise<void> {
    const fields = await this.#change(threadId, (doc) => {
      appendMessage(doc, message)
    })
    await this.#reindex(threadId, fields, {
      lastEditorId: message.author.id,
      lastEditorName: message.author.name,
    })
  }

  /** Mirrors the thread's status, type and number of « nous aussi » into its `fields`. */
  async mirror(thread: ExchangeThread): Promise<void> {
    const fields = await this.#change(thread.id, (doc) => {
      mirrorThreadFields(doc, thread)
    })
    await this.#reindex(thread.id, fields, {})
  }

  /** Applies `apply` in one transaction; resolves with the `fields` as they are afterwards. */
  async #change(threadId: string, apply: (doc: Y.Doc) => void): Promise<Record<string, unknown>> {
    let fields: Record<string, unknown> = {}
    await this.#rooms.change(parseDocumentId(threadId), (doc) => {
      apply(doc)
      fields = doc.getMap(DocumentRoot.Fields).toJSON()
    })
    return fields
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
    await this.#metadata.updateDocument(record.id, {
      ...index,
      ...patch,
      updatedAt: isoTime(this.#timers),
    })
  }
}
