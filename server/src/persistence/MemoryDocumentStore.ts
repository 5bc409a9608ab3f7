import type { DocumentId } from '@maillage/protocol'
import type { DocumentStore, StoredDocument } from './DocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'

/** A {@link DocumentStore} in the process's memory, for tests: everything is lost on exit. */
export class MemoryDocumentStore implements DocumentStore {
  readonly #documents = new Map<DocumentId, StoredDocument>()
  #closed = false

  load(id: DocumentId): Promise<StoredDocument> {
    return this.#whenOpen(() => {
      const stored = this.#documents.get(id)
      return { updates: [...(stored?.updates ?? [])], stateVector: stored?.stateVector ?? null }
    })
  }

  append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    return this.#whenOpen(() => {
      const stored = this.#documents.get(id)?.updates ?? []
      this.#documents.set(id, {
        updates: [...stored, ...updates.map((update) => update.slice())],
        stateVector: null,
      })
    })
  }

  compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    return this.#whenOpen(() => {
      this.#documents.set(id, { updates: [state.slice()], stateVector: stateVector.slice() })
    })
  }

  delete(id: DocumentId): Promise<void> {
    return this.#whenOpen(() => {
      this.#documents.delete(id)
    })
  }

  list(): Promise<DocumentId[]> {
    return this.#whenOpen(() => [...this.#documents.keys()])
  }

  close(): Promise<void> {
    this.#closed = true
    return Promise.resolve()
  }

  /** Runs `work` on an open store; a closed one rejects, as the other adapters do, never throws. */
  #whenOpen<T>(work: () => T): Promise<T> {
    if (this.#closed) {
      return Promise.reject(new StoreError(StoreErrorCode.Closed, 'memory store is closed'))
    }
    return Promise.resolve(work())
  }
}
