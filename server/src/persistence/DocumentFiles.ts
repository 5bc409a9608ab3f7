import { readdir } from 'node:fs/promises'
import { isDocumentId, type DocumentId } from '@maillage/protocol'

/** Which snapshot file a document has: binary (`<id>.snapshot`) or legacy JSON (`<id>.json`). */
export type SnapshotKind = 'binary' | 'legacy'

/** The document id a file name of the store's directory stands for, with that extension, or null. */
function idOf(name: string, extension: string): DocumentId | null {
  if (!name.endsWith(extension)) return null
  const id = name.slice(0, -extension.length)
  return isDocumentId(id) ? id : null
}

/**
 * Which documents of a {@link LowdbDocumentStore}'s directory have a snapshot (`<id>.snapshot`, or
 * `<id>.json` written before binary snapshots) and which an update log (`<id>.log`): read from one
 * listing of the directory when the store opens, then kept up to date by the store itself. Opening a document that was never stored then reads
 * no file at all, instead of two failed opens (most documents opened for the first time are new).
 * It relies on the directory belonging to the store while it runs, as `metadata.json` does to the
 * metadata store: a file copied in by hand is seen on the next start.
 */
export class DocumentFiles {
  readonly #snapshots = new Set<DocumentId>()
  readonly #legacySnapshots = new Set<DocumentId>()
  readonly #logs = new Set<DocumentId>()
  /** Logs created whose directory entry is not yet known to be flushed to disk. */
  readonly #unsyncedLogs = new Set<DocumentId>()

  /** The files found in `directory`, which must exist. */
  static async read(directory: string): Promise<DocumentFiles> {
    const files = new DocumentFiles()
    for (const name of await readdir(directory)) {
      const snapshotOf = idOf(name, '.snapshot')
      const legacySnapshotOf = idOf(name, '.json')
      const logOf = idOf(name, '.log')
      if (snapshotOf !== null) files.#snapshots.add(snapshotOf)
      if (legacySnapshotOf !== null) files.#legacySnapshots.add(legacySnapshotOf)
      if (logOf !== null) files.#logs.add(logOf)
    }
    return files
  }

  /**
   * The snapshot to read for `id`, if any: the binary one when both exist (a crash came between
   * writing it and removing the legacy one, which it replaces).
   */
  snapshotOf(id: DocumentId): SnapshotKind | null {
    if (this.#snapshots.has(id)) return 'binary'
    return this.#legacySnapshots.has(id) ? 'legacy' : null
  }

  hasLegacySnapshot(id: DocumentId): boolean {
    return this.#legacySnapshots.has(id)
  }

  hasLog(id: DocumentId): boolean {
    return this.#logs.has(id)
  }

  /** Records a snapshot about to be written (counted from before, so that no read misses it). */
  addSnapshot(id: DocumentId): void {
    this.#snapshots.add(id)
  }

  /** Records that the legacy snapshot of `id` was removed (its binary snapshot replaces it). */
  legacySnapshotRemoved(id: DocumentId): void {
    this.#legacySnapshots.delete(id)
  }

  /**
   * Records a log about to be appended to (counted from before, so that no read misses it).
   * Returns true while the directory entry of that log still has to be flushed: from its creation
   * until {@link logSynced}, so that an append whose flush failed flushes it on its retry.
   */
  addLog(id: DocumentId): boolean {
    if (!this.#logs.has(id)) {
      this.#logs.add(id)
      this.#unsyncedLogs.add(id)
    }
    return this.#unsyncedLogs.has(id)
  }

  /** Records that the directory entry of the log of `id` is on disk. */
  logSynced(id: DocumentId): void {
    this.#unsyncedLogs.delete(id)
  }

  /** Records that every file of `id` was removed. */
  remove(id: DocumentId): void {
    this.#snapshots.delete(id)
    this.#legacySnapshots.delete(id)
    this.#logs.delete(id)
    this.#unsyncedLogs.delete(id)
  }
}
