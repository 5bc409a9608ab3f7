import { readdir } from 'node:fs/promises'
import { isDocumentId, type DocumentId } from '@maillage/protocol'

/**
 * Which documents of a {@link LowdbDocumentStore}'s directory have a snapshot (`<id>.json`) and
 * which an update log (`<id>.log`): read from one listing of the directory when the store opens,
 * then kept up to date by the store itself. Opening a document that was never stored then reads
 * no file at all, instead of two failed opens (most documents opened for the first time are new).
 * It relies on the directory belonging to the store while it runs, as `metadata.json` does to the
 * metadata store: a file copied in by hand is seen on the next start.
 */
export class DocumentFiles {
  readonly #snapshots = new Set<DocumentId>()
  readonly #logs = new Set<DocumentId>()
  /** Logs created whose directory entry is not yet known to be flushed to disk. */
  readonly #unsyncedLogs = new Set<DocumentId>()

  /** The files found in `directory`, which must exist. */
  static async read(directory: string): Promise<DocumentFiles> {
    const files = new DocumentFiles()
    for (const name of await readdir(directory)) {
      const snapshotOf = name.endsWith('.json') ? name.slice(0, -'.json'.length) : null
      const logOf = name.endsWith('.log') ? name.slice(0, -'.log'.length) : null
      if (snapshotOf !== null && isDocumentId(snapshotOf)) files.#snapshots.add(snapshotOf)
      if (logOf !== null && isDocumentId(logOf)) files.#logs.add(logOf)
    }
    return files
  }

  hasSnapshot(id: DocumentId): boolean {
    return this.#snapshots.has(id)
  }

  hasLog(id: DocumentId): boolean {
    return this.#logs.has(id)
  }

  /** Records a snapshot about to be written (counted from before, so that no read misses it). */
  addSnapshot(id: DocumentId): void {
    this.#snapshots.add(id)
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

  /** Records that both files of `id` were removed. */
  remove(id: DocumentId): void {
    this.#snapshots.delete(id)
    this.#logs.delete(id)
    this.#unsyncedLogs.delete(id)
  }
}
