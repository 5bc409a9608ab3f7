import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'

/**
 * Collects the updates of each document during one event-loop turn and hands them over at its end,
 * merged into one: a burst of frames read in one turn costs one message to every other process, as
 * it costs one broadcast to the room's connections (`sync/Broadcaster.ts`).
 */
export class UpdateBatch {
  readonly #send: (documentId: DocumentId, update: Uint8Array) => void
  #pending = new Map<DocumentId, Uint8Array[]>()
  #scheduled: NodeJS.Immediate | undefined

  constructor(send: (documentId: DocumentId, update: Uint8Array) => void) {
    this.#send = send
  }

  /** Queues an update of `documentId` for the end of this turn. */
  add(documentId: DocumentId, update: Uint8Array): void {
    const updates = this.#pending.get(documentId)
    if (updates === undefined) this.#pending.set(documentId, [update])
    else updates.push(update)
    this.#scheduled ??= setImmediate(() => {
      this.flush()
    })
  }

  /** Hands over everything queued now, one merged update per document. */
  flush(): void {
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled)
    this.#scheduled = undefined
    const pending = this.#pending
    this.#pending = new Map()
    for (const [documentId, updates] of pending) {
      this.#send(
        documentId,
        updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates),
      )
    }
  }
}
