import type { DocumentId } from '@maillage/protocol'
import type { VersionRecord } from './VersionRecord.ts'

/**
 * Port keeping the versions of documents: each version's record (metadata) and its content (the
 * full Yjs state, `Y.encodeStateAsUpdate`, at that moment), apart from the document's own updates.
 *
 * Contract for adapters (`describeVersionStoreContract.ts` runs against each):
 * - `add` is atomic: after a crash a version is listed with its state, or not at all.
 * - `list` reads records only, never states: it costs the same for a document of 10 or 10,000
 *   updates. Newest first; versions recorded in the same millisecond in reverse order of `add`.
 * - Nothing is ever removed but by `deleteDocument`, when the document itself is deleted for good.
 * - Records are validated when read back; a corrupt one rejects rather than being skipped.
 */
export interface VersionStore {
  /** Durably records `record` with its `state`. */
  add(record: VersionRecord, state: Uint8Array): Promise<void>
  /** The versions of a document, newest first (none for a document without history). */
  list(documentId: DocumentId): Promise<VersionRecord[]>
  /** The newest version of a document, or null. */
  latest(documentId: DocumentId): Promise<VersionRecord | null>
  /** One version of the document, or null when it has none of that id. */
  find(documentId: DocumentId, versionId: string): Promise<VersionRecord | null>
  /** The Yjs state of one version of the document, or null when it has none of that id. */
  loadState(documentId: DocumentId, versionId: string): Promise<Uint8Array | null>
  /** Removes every version of the document; a document without history is not an error. */
  deleteDocument(documentId: DocumentId): Promise<void>
  close(): Promise<void>
}
