import { mkdir, open, readdir, readFile, rm, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { isDocumentId, type DocumentId } from '@maillage/protocol'
import type { DocumentStore, StoredDocument } from './DocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'
import { DurableJsonFile } from './DurableJsonFile.ts'
import { syncDirectory } from './syncDirectory.ts'
import { decodeLog, encodeLogRecord } from './updateLog.ts'

const SNAPSHOT_SCHEMA_VERSION = 1

const snapshotSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  id: z.string(),
  state: z.base64(),
  /** State vector of `state`, so that loading needs no decoding (absent from older snapshots). */
  stateVector: z.base64().optional(),
  compactedAt: z.iso.datetime(),
})
type Snapshot = z.infer<typeof snapshotSchema>

/**
 * The embedded {@link DocumentStore}: two files per document under `<dataDir>/documents/`.
 *
 * - `<id>.json`, a lowdb file holding the compacted state (base64), replaced atomically and durably
 *   by {@link DurableJsonFile} (write a temporary file, flush it, rename it, flush the directory);
 * - `<id>.log`, an append-only log of the updates stored since, one length-prefixed record each,
 *   flushed to disk (`fdatasync`) before `append` resolves. A crash mid-append leaves a torn tail that
 *   `load` cuts off before any further append.
 *
 * Saving an edit appends only that edit, so its cost does not grow with the document or with the
 * number of documents. `compact` writes the snapshot first and empties the log second: a crash between
 * the two replays updates the snapshot already holds, which Yjs applies idempotently.
 */
export class LowdbDocumentStore implements DocumentStore {
  readonly #directory: string
  #ready: Promise<void> | undefined
  #closed = false

  /** `dataDir` is created on first use; nothing is read at construction or start-up. */
  constructor(dataDir: string) {
    this.#directory = join(dataDir, 'documents')
  }

  async load(id: DocumentId): Promise<StoredDocument> {
    await this.#open()
    const snapshot = await this.#readSnapshot(id)
    const log = await readOptionalFile(this.#logPath(id))
    const updates: Uint8Array[] =
      snapshot === null ? [] : [new Uint8Array(Buffer.from(snapshot.state, 'base64'))]
    if (log !== null) {
      const decoded = decodeLog(log)
      updates.push(...decoded.updates)
      // Cut a torn tail now, so that the records appended after it stay readable.
      if (decoded.validBytes < log.length) await truncate(this.#logPath(id), decoded.validBytes)
    }
    const keptStateVector =
      updates.length === 1 && snapshot?.stateVector !== undefined
        ? new Uint8Array(Buffer.from(snapshot.stateVector, 'base64'))
        : null
    return { updates, stateVector: keptStateVector }
  }

  async append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    await this.#open()
    const record = Buffer.concat(updates.map((update) => encodeLogRecord(update)))
    const file = await open(this.#logPath(id), 'a')
    let created: boolean
    try {
      await file.appendFile(record)
      await file.datasync()
      created = (await file.stat()).size === record.byteLength
    } finally {
      await file.close()
    }
    // A new log file's directory entry must reach the disk too, or a power cut could drop the file.
    if (created) await syncDirectory(this.#directory)
  }

  async compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    await this.#open()
    const db = new Low<Snapshot | null>(new DurableJsonFile(this.#snapshotPath(id)), null)
    db.data = {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      id,
      state: toBase64(state),
      stateVector: toBase64(stateVector),
      compactedAt: new Date().toISOString(),
    }
    await db.write()
    await truncate(this.#logPath(id), 0).catch(ignoreMissingFile)
  }

  async delete(id: DocumentId): Promise<void> {
    await this.#open()
    await rm(this.#snapshotPath(id), { force: true })
    await rm(this.#logPath(id), { force: true })
  }

  async list(): Promise<DocumentId[]> {
    await this.#open()
    const ids = new Set<DocumentId>()
    for (const name of await readdir(this.#directory)) {
      const id = name.replace(/\.(json|log)$/, '')
      // Temporary files of the atomic writer start with a dot and are never ids.
      if (id !== name && isDocumentId(id)) ids.add(id)
    }
    return [...ids]
  }

  close(): Promise<void> {
    this.#closed = true
    return Promise.resolve()
  }

  #open(): Promise<void> {
    if (this.#closed) {
      return Promise.reject(new StoreError(StoreErrorCode.Closed, 'lowdb document store is closed'))
    }
    this.#ready ??= mkdir(this.#directory, { recursive: true }).then(() => undefined)
    return this.#ready
  }

  async #readSnapshot(id: DocumentId): Promise<Snapshot | null> {
    const bytes = await readOptionalFile(this.#snapshotPath(id))
    if (bytes === null) return null
    let parsed: unknown
    try {
      parsed = JSON.parse(bytes.toString('utf8'))
    } catch (error) {
      throw corrupted(id, 'is not JSON', error)
    }
    const result = snapshotSchema.safeParse(parsed)
    if (!result.success) throw corrupted(id, `does not match its schema: ${result.error.message}`)
    if (result.data.id !== id) throw corrupted(id, `holds document "${result.data.id}"`)
    return result.data
  }

  #snapshotPath(id: DocumentId): string {
    return join(this.#directory, `${id}.json`)
  }

  #logPath(id: DocumentId): string {
    return join(this.#directory, `${id}.log`)
  }
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

function corrupted(id: DocumentId, problem: string, cause?: unknown): StoreError {
  return new StoreError(StoreErrorCode.Corrupted, `snapshot of document "${id}" ${problem}`, {
    cause,
  })
}

async function readOptionalFile(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if (isMissingFile(error)) return null
    throw error
  }
}

function ignoreMissingFile(error: unknown): void {
  if (!isMissingFile(error)) throw error
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
