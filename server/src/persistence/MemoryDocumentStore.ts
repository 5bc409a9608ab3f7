import type { DocumentId } from '@maillage/protocol'
import type { DocumentStore } from './DocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'

/** A {@link DocumentStore} in the process's memory, for tests: everything is lost on exit. */
export class MemoryDocumentStore implements DocumentStore {
  readonly #documents = new Map<DocumentId, Uint8Array[]>()
  #closed = false

  load(id: DocumentId): Promise<Uint8Array[]> {
    this.#assertOpen()
    return Promise.resolve([...(this.#documents.get(id) ?? [])])
  }

  append(id: DocumentId, update: Uint8Array): Promise<void> {
    this.#assertOpen()
    const updates = this.#documents.get(id) ?? []
    updates.push(update.slice())
    this.#documents.set(id, updates)
    return Promise.resolve()
  }

  compact(id: DocumentId, state: Uint8Array): Promise<void> {
    this.#assertOpen()
    this.#documents.set(id, [state.slice()])
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
