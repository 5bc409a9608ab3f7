import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'

/**
 * Collects the updates of each document during one event-loop turn and hands them over at its end,
 * merged into one: a burst of frames read in one turn costs one message to every other process, as
 * it costs one broadcast to the room's connections (`sync/Broadcaster.ts`).
 */
export class UpdateBatch {
  readonly #send: (documentId: DocumentId, update: Uint8Array) => void
  readonly #maxBytes: number
  #pending = new Map<DocumentId, Uint8Array[]>()
  #scheduled: NodeJS.Immediate | undefined

  /** `maxBytes`: a merge larger than this is handed over as the updates it merged, one by one. */
  constructor(maxBytes: number, send: (documentId: DocumentId, update: Uint8Array) => void) {
    this.#maxBytes = maxBytes
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
    for (const [documentId, updates] of pending) this.#sendMerged(documentId, updates)
  }

  #sendMerged(documentId: DocumentId, updates: Uint8Array[]): void {
    const [first] = updates
    if (updates.length === 1 && first !== undefined) {
      this.#send(documentId, first)
      return
    }
    const merged = Y.mergeUpdates(updates)
    if (merged.length <= this.#maxBytes) {
      this.#send(documentId, merged)
      return
    }
    // Each alone is within the limit when its frame was: the frame limit still holds.
    for (const update of updates) this.#send(documentId, update)
  }
}
