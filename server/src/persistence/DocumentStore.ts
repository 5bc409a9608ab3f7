import type { DocumentId } from '@maillage/protocol'

/**
 * Port holding the Yjs state of every document, as a list of updates that together make the document.
 *
 * Contract for adapters:
 * - `append` and `compact` are atomic: after a crash, `load` returns either the state before or the
 *   state after the call, never a torn mix that fails to decode.
 * - Calls for one document are never concurrent (the room serialises them); calls for different
 *   documents may be.
 * - Cost is in proportion to the document touched, never to the number of documents.
 * - A read that finds corrupt data rejects with {@link StoreError} rather than answering empty.
 */
export interface DocumentStore {
  /** The updates of a document in the order they were stored; empty for a document never stored. */
  load(id: DocumentId): Promise<Uint8Array[]>
  /** Durably adds one update after the others. */
  append(id: DocumentId, update: Uint8Array): Promise<void>
  /** Replaces everything stored for the document by `state`, one update equivalent to all of them. */
  compact(id: DocumentId, state: Uint8Array): Promise<void>
  /** Removes the document; a missing document is not an error. */
  delete(id: DocumentId): Promise<void>
  /** The ids of every stored document, without reading their content. */
  list(): Promise<DocumentId[]>
  close(): Promise<void>
}
