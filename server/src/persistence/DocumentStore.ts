import type { DocumentId } from '@maillage/protocol'

/** What a {@link DocumentStore} holds of one document. */
export interface StoredDocument {
  /** The updates in the order they were stored. */
  readonly updates: Uint8Array[]
  /** The state vector of `updates` when the store kept one (a lone compacted state), else null. */
  readonly stateVector: Uint8Array | null
}

/**
 * Port holding the Yjs state of every document, as a list of updates that together make the document.
 *
 * Contract for adapters:
 * - `append` and `compact` are atomic: after a crash, `load` returns either the state before or the
 *   state after the call, never a torn mix that fails to decode.
 * - Calls for one document are never concurrent within a process (the room serialises them);
 *   calls for different documents may be. An adapter shared by several processes (PostgreSQL) may
 *   see one document appended and compacted by several at once: `compact` must then keep every
 *   update another process stored that `state` lacks (see `PostgresDocumentStore`).
 * - Cost is in proportion to the document touched, never to the number of documents.
 * - A read that finds corrupt data rejects with {@link StoreError} rather than answering empty,
 *   and leaves that data as it is: only the torn tail of an interrupted append may be dropped, and
 *   a rejected document is never compacted (its room never loads).
 */
export interface DocumentStore {
  /** What is stored of a document; no update for a document never stored. */
  load(id: DocumentId): Promise<StoredDocument>
  /**
   * Durably adds updates after the others, in one write. They are stored as they are, not merged:
   * merging costs CPU in proportion to their number, while storing them costs only their bytes.
   */
  append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void>
  /**
   * Replaces everything stored for the document by `state`, one update equivalent to all of them,
   * kept with its `stateVector` so that loading it needs no decoding.
   */
  compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void>
  /** Removes the document; a missing document is not an error. */
  delete(id: DocumentId): Promise<void>
  /** The ids of every stored document, without reading their content. */
  list(): Promise<DocumentId[]>
  close(): Promise<void>
}
