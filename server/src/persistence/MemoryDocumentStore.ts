import type { DocumentId } from '@maillage/protocol'
import type { DocumentStore, StoredDocument } from './DocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'

/** A {@link DocumentStore} in the process's memory, for tests: everything is lost on exit. */
export class MemoryDocumentStore implements DocumentStore {
  readonly #documents = new Map<DocumentId, StoredDocument>()
  #closed = false

  load(id: DocumentId): Promise<StoredDocument> {
    this.#assertOpen()
    const stored = this.#documents.get(id)
    return Promise.resolve({
      updates: [...(stored?.updates ?? [])],
      stateVector: stored?.stateVector ?? null,
    })
  }

  append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    this.#assertOpen()
    const stored = this.#documents.get(id)?.updates ?? []
    this.#documents.set(id, {
      updates: [...stored, ...updates.map((update) => update.slice())],
      stateVector: null,
    })
    return Promise.resolve()
  }

  compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    this.#assertOpen()
    this.#documents.set(id, { updates: [state.slice()], stateVector: stateVector.slice() })
    return Promise.resolve()
  }

  delete(id: DocumentId): Promise<void> {
    this.#assertOpen()
    this.#documents.delete(id)
    return Promise.resolve()
  }

  list(): Promise<DocumentId[]> {
    this.#assertOpen()
    return Promise.resolve([...this.#documents.keys()])
  }

  close(): Promise<void> {
    this.#closed = true
    return Promise.resolve()
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreError(StoreErrorCode.Closed, 'memory store is closed')
  }
}
