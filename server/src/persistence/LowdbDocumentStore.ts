import { mkdir, readdir, rm, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { isDocumentId, type DocumentId } from '@maillage/protocol'
import type { DocumentStore, StoredDocument } from './DocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'
import { CoalescedDirectorySync } from './CoalescedDirectorySync.ts'
import { DocumentFiles, type SnapshotKind } from './DocumentFiles.ts'
import { keepCopyAside } from './keepCopyAside.ts'
import { decodeLegacySnapshot } from './legacySnapshot.ts'
import { OpenLogFiles } from './OpenLogFiles.ts'
import { readStoredFile, SYNC_READ_MAX_BYTES } from './readStoredFile.ts'
import { decodeSnapshotFile, encodeSnapshotFile } from './snapshotFile.ts'
import { decodeLog, encodeLogFrame, type LogDamage } from './updateLog.ts'
import { writeFileDurably } from './writeFileDurably.ts'

/** File name extension of each kind of snapshot. */
const SNAPSHOT_EXTENSION: Readonly<Record<SnapshotKind, string>> = {
  binary: '.snapshot',
  legacy: '.json',
}

/** Where a {@link LowdbDocumentStore} reports what no caller sees (a pino logger fits). */
export interface DocumentStoreLogger {
  warn(details: object, message: string): void
  error(details: object, message: string): void
}

/**
 * The embedded {@link DocumentStore}: two files per document under `<dataDir>/documents/`.
 *
 * - `<id>.snapshot`, the compacted state with its state vector and CRC-32, binary
 *   (`snapshotFile.ts`), replaced atomically and durably by {@link writeFileDurably} (write a
 *   temporary file, flush it, rename it, flush the directory). A document compacted before binary
 *   snapshots has `<id>.json` instead (`legacySnapshot.ts`), read until its next compaction writes
 *   `<id>.snapshot` and removes it;
 * - `<id>.log`, an append-only log of the updates stored since, one checked frame per append
 *   (`updateLog.ts`), on disk before `append` resolves (written `O_DSYNC`); the file stays
 *   open between appends ({@link OpenLogFiles}). Logs written before frames existed are read as
 *   they are (their records carry no checksum).
 *
 * Unreadable data is never cut or replaced. A torn tail (what a crash mid-append leaves at the end
 * of the log) is cut on load, so that later appends stay readable, after a copy of its bytes is
 * kept beside the log (`<id>.log.torn-<time>`, unless they are all zeros) and a warning logged.
 * Anything else unreadable — a frame failing its checksum with data after it, a snapshot that fails
 * its checksum, does not decode or holds another document — rejects the load with `STORE_CORRUPTED`
 * (naming the file and offset), leaves the files as they are and keeps a copy beside them
 * (`<id>.log.damaged-<time>`, `<id>.snapshot.damaged-<time>`), so that even deleting the document
 * afterwards loses nothing. The room then refuses its connections (1011) and is never compacted.
 *
 * Which documents have which file is read from one listing of the directory when the store opens
 * ({@link DocumentFiles}), so that opening a new document reads nothing; the flushes of the
 * directory entries of new files are shared by the documents created within a few milliseconds
 * of each other ({@link CoalescedDirectorySync}), each append still resolving only once its own
 * are on disk.
 *
 * Saving an edit appends only that edit, so its cost does not grow with the document or with the
 * number of documents. `compact` writes the snapshot first and empties the log second: a crash between
 * the two replays updates the snapshot already holds, which Yjs applies idempotently.
 */
export class LowdbDocumentStore implements DocumentStore {
  readonly #directory: string
  readonly #logger: DocumentStoreLogger | undefined
  readonly #directorySync: CoalescedDirectorySync
  readonly #syncReadMaxBytes: number
  /** The update logs, kept open between appends. */
  readonly #logs = new OpenLogFiles()
  /** Compactions under way: a deletion waits for them, or their snapshot would come back after. */
  readonly #compactions = new Map<DocumentId, Promise<void>>()
  #ready: Promise<DocumentFiles> | undefined
  #closed = false

  /**
   * `dataDir` is created on first use; nothing is read at construction or start-up. Stored files up
   * to `syncReadMaxBytes` ({@link SYNC_READ_MAX_BYTES} by default) are read on the event loop.
   */
  constructor(
    dataDir: string,
    options: { logger?: DocumentStoreLogger; syncReadMaxBytes?: number } = {},
  ) {
    this.#directory = join(dataDir, 'documents')
    this.#logger = options.logger
    this.#syncReadMaxBytes = options.syncReadMaxBytes ?? SYNC_READ_MAX_BYTES
    this.#directorySync = new CoalescedDirectorySync(this.#directory)
  }

  async load(id: DocumentId): Promise<StoredDocument> {
    const files = await this.#open()
    const snapshotKind = files.snapshotOf(id)
    // Both files read at once: a load waits for the slower read, not for the two in turn (when
    // they are large enough to go through the thread pool: see `readStoredFile`).
    const [snapshot, log] = await Promise.all([
      snapshotKind === null ? null : this.#readSnapshot(id, snapshotKind, files),
      files.hasLog(id) ? readStoredFile(this.#logPath(id), this.#syncReadMaxBytes) : null,
    ])
    const updates: Uint8Array[] = snapshot === null ? [] : [snapshot.state]
    if (log !== null) {
      const decoded = decodeLog(log)
      if (decoded.damage !== null) throw await this.#damagedLog(id, log, decoded.damage)
      updates.push(...decoded.updates)
      // Cut a torn tail now, so that the records appended after it stay readable.
      if (decoded.validBytes < log.length) await this.#cutTornTail(id, log, decoded.validBytes)
    }
    // The snapshot's state vector describes the document only when no update was logged since.
    const keptStateVector = updates.length === 1 ? (snapshot?.stateVector ?? null) : null
    return { updates, stateVector: keptStateVector }
  }

  async append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    const files = await this.#open()
    const record = encodeLogFrame(updates)
    const entryToSync = files.addLog(id)
    await this.#logs.append(this.#logPath(id), record)
    // A new log file's directory entry must reach the disk too, or a power cut could drop the file.
    if (entryToSync) {
      await this.#directorySync.sync()
      files.logSynced(id)
    }
  }

  async compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    const compaction = this.#compact(id, state, stateVector)
    this.#compactions.set(id, compaction)
    try {
      await compaction
    } finally {
      if (this.#compactions.get(id) === compaction) this.#compactions.delete(id)
    }
  }

  async #compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    const files = await this.#open()
    files.addSnapshot(id)
    const bytes = encodeSnapshotFile({ id, state, stateVector, compactedAt: Date.now() })
    await writeFileDurably(this.#snapshotPath(id, 'binary'), bytes, () =>
      this.#directorySync.sync(),
    )
    // The new snapshot is on disk: the legacy one it replaces can go (were its removal lost, the
    // binary one is still the one read).
    if (files.hasLegacySnapshot(id)) {
      await rm(this.#snapshotPath(id, 'legacy'), { force: true })
      files.legacySnapshotRemoved(id)
    }
    await truncate(this.#logPath(id), 0).catch(ignoreMissingFile)
  }

  async delete(id: DocumentId): Promise<void> {
    const files = await this.#open()
    // Failed or not, it has written whatever it will: what is removed now stays removed.
    await this.#compactions.get(id)?.catch(() => undefined)
    await rm(this.#snapshotPath(id, 'binary'), { force: true })
    await rm(this.#snapshotPath(id, 'legacy'), { force: true })
    await this.#logs.release(this.#logPath(id))
    await rm(this.#logPath(id), { force: true })
    files.remove(id)
  }

  async list(): Promise<DocumentId[]> {
    await this.#open()
    const ids = new Set<DocumentId>()
    for (const name of await readdir(this.#directory)) {
      const id = name.replace(/\.(snapshot|json|log)$/, '')
      // Temporary files of the atomic writer start with a dot and are never ids.
      if (id !== name && isDocumentId(id)) ids.add(id)
    }
    return [...ids]
  }

  async close(): Promise<void> {
    this.#closed = true
    await this.#logs.closeAll()
    await this.#directorySync.close()
  }

  #open(): Promise<DocumentFiles> {
    if (this.#closed) {
      return Promise.reject(new StoreError(StoreErrorCode.Closed, 'lowdb document store is closed'))
    }
    this.#ready ??= mkdir(this.#directory, { recursive: true }).then(() =>
      DocumentFiles.read(this.#directory),
    )
    return this.#ready
  }

  async #readSnapshot(
    id: DocumentId,
    kind: SnapshotKind,
    files: DocumentFiles,
  ): Promise<ReadSnapshot | null> {
    const path = this.#snapshotPath(id, kind)
    const bytes = await readStoredFile(path, this.#syncReadMaxBytes)
    if (bytes === null) {
      // The binary snapshot is counted before it is written: until it is (a compaction under way,
      // or one that failed), the legacy snapshot it is to replace still holds the document.
      const legacy = kind === 'binary' && files.hasLegacySnapshot(id)
      return legacy ? this.#readSnapshot(id, 'legacy', files) : null
    }
    const problem = checkSnapshot(id, bytes, kind)
    if (typeof problem === 'string') {
      const copy = await this.#keepDamaged(path, bytes)
      throw new StoreError(
        StoreErrorCode.Corrupted,
        `snapshot of document "${id}" ${problem}: refused and left as it is (${path}, copy ` +
          `${copy}); see "Recovering a damaged document" in the README`,
        { place: { documentId: id, file: path } },
      )
    }
    return problem
  }

  async #damagedLog(id: DocumentId, log: Buffer, damage: LogDamage): Promise<StoreError> {
    const path = this.#logPath(id)
    const copy = await this.#keepDamaged(path, log)
    return new StoreError(
      StoreErrorCode.Corrupted,
      `update log of document "${id}" is unreadable at byte ${damage.offset} of ${log.length} ` +
        `(${damage.reason}) with data after it: refused and left as it is (${path}, copy ` +
        `${copy}); see "Recovering a damaged document" in the README`,
      { place: { documentId: id, file: path, offset: damage.offset } },
    )
  }

  async #cutTornTail(id: DocumentId, log: Buffer, validBytes: number): Promise<void> {
    const path = this.#logPath(id)
    const tail = log.subarray(validBytes)
    // A tail of zeros holds nothing; any other is kept, since a torn append cannot be told apart
    // from a damaged last frame.
    const copy = tail.every((byte) => byte === 0)
      ? null
      : await keepCopyAside(path, tail, { label: 'torn', now: new Date() })
    await truncate(path, validBytes)
    this.#logger?.warn(
      { documentId: id, file: path, offset: validBytes, bytes: tail.length, copy },
      'cut the torn tail of an update log (an append interrupted by a crash)',
    )
  }

  /** Keeps a copy of a damaged file; a failure to copy is logged, never hides the damage. */
  async #keepDamaged(path: string, bytes: Uint8Array): Promise<string> {
    try {
      return await keepCopyAside(path, bytes, { label: 'damaged', now: new Date() })
    } catch (error) {
      this.#logger?.error({ err: error, file: path }, 'could not copy a damaged file aside')
      return 'none'
    }
  }

  #snapshotPath(id: DocumentId, kind: SnapshotKind): string {
    return join(this.#directory, `${id}${SNAPSHOT_EXTENSION[kind]}`)
  }

  #logPath(id: DocumentId): string {
    return join(this.#directory, `${id}.log`)
  }
}

/** A snapshot as read back. */
interface ReadSnapshot {
  readonly state: Uint8Array
  readonly stateVector: Uint8Array | null
}

/** The snapshot of `id` in `bytes`, read as a file of `kind`, or what is wrong with it. */
function checkSnapshot(id: DocumentId, bytes: Buffer, kind: SnapshotKind): ReadSnapshot | string {
  const snapshot = kind === 'binary' ? decodeSnapshotFile(bytes) : decodeLegacySnapshot(bytes)
  if (typeof snapshot === 'string') return snapshot
  if (snapshot.id !== id) return `holds document "${snapshot.id}"`
  return snapshot
}

function ignoreMissingFile(error: unknown): void {
  if (!isMissingFile(error)) throw error
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
