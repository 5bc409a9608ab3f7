import type { DocumentId } from '@maillage/protocol'
import { versionRecordSchema, type VersionRecord } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'

interface Entry {
  readonly record: VersionRecord
  readonly state: Uint8Array
}

/** A {@link VersionStore} in memory, for tests and the in-memory server: lost with the process. */
export class MemoryVersionStore implements VersionStore {
  readonly #documents = new Map<DocumentId, Entry[]>()

  async add(record: VersionRecord, state: Uint8Array): Promise<void> {
    // Validated like the durable adapters, so that tests on memory refuse what they refuse.
    versionRecordSchema.parse(record)
    const entries = this.#documents.get(record.documentId) ?? []
    // Copies: a caller reusing its buffer must not change what was stored.
    entries.push({ record: structuredClone(record), state: state.slice() })
    this.#documents.set(record.documentId, entries)
    await Promise.resolve()
  }

  list(documentId: DocumentId): Promise<VersionRecord[]> {
    const entries = this.#documents.get(documentId) ?? []
    return Promise.resolve(newestFirst(entries.map((entry) => structuredClone(entry.record))))
  }

  async latest(documentId: DocumentId): Promise<VersionRecord | null> {
    const [newest] = await this.list(documentId)
    return newest ?? null
  }

  find(documentId: DocumentId, versionId: string): Promise<VersionRecord | null> {
    const entry = this.#find(documentId, versionId)
    return Promise.resolve(entry === undefined ? null : structuredClone(entry.record))
  }

  loadState(documentId: DocumentId, versionId: string): Promise<Uint8Array | null> {
    const entry = this.#find(documentId, versionId)
    return Promise.resolve(entry === undefined ? null : entry.state.slice())
  }

  deleteDocument(documentId: DocumentId): Promise<void> {
    this.#documents.delete(documentId)
    return Promise.resolve()
  }

  close(): Promise<void> {
    return Promise.resolve()
  }

  #find(documentId: DocumentId, versionId: string): Entry | undefined {
    return this.#documents.get(documentId)?.find((entry) => entry.record.id === versionId)
  }
}

/**
 * Records in insertion order, reordered newest first: by time, then the later added first (a sort
 * is stable, so reversing first keeps the reverse insertion order among equal times).
 */
export function newestFirst(records: readonly VersionRecord[]): VersionRecord[] {
  return [...records].reverse().sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}
