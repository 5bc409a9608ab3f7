import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { DocumentId } from '@maillage/protocol'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import { DurableJsonFile } from '../persistence/DurableJsonFile.ts'
import { StoreError, StoreErrorCode } from '../persistence/StoreError.ts'
import { syncDirectory } from '../persistence/syncDirectory.ts'
import { newestFirst } from './MemoryVersionStore.ts'
import { versionRecordSchema, type VersionRecord } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'

const indexSchema = z.array(versionRecordSchema)

/**
 * The {@link VersionStore} of the embedded store: under `<dataDir>/versions/<documentId>/`, one
 * `<versionId>.bin` per version (its Yjs state) and `index.json` (the records, oldest first).
 * Both are written like `DurableJsonFile` (temporary file flushed, renamed, directory flushed),
 * the state before the index, so a crash leaves at worst an unlisted state file, never a listed
 * version without its state. Listing reads `index.json` only. Writes of one document are
 * serialised in this process (the embedded store has one process).
 */
export class FileVersionStore implements VersionStore {
  readonly #directory: string
  readonly #queues = new SerialQueues()

  /** `dataDir` is the server's data directory (`MAILLAGE_DATA_DIR`). */
  constructor(dataDir: string) {
    this.#directory = join(dataDir, 'versions')
  }

  async add(record: VersionRecord, state: Uint8Array): Promise<void> {
    const parsed = versionRecordSchema.parse(record)
    await this.#queues.run(record.documentId, async () => {
      const directory = this.#documentDirectory(record.documentId)
      await mkdir(directory, { recursive: true })
      await writeDurably(join(directory, `${parsed.id}.bin`), state)
      const records = await this.#readIndex(record.documentId)
      await this.#indexFile(record.documentId).write([...records, parsed])
    })
  }

  async list(documentId: DocumentId): Promise<VersionRecord[]> {
    return newestFirst(await this.#readIndex(documentId))
  }

  async latest(documentId: DocumentId): Promise<VersionRecord | null> {
    const [newest] = await this.list(documentId)
    return newest ?? null
  }

  async find(documentId: DocumentId, versionId: string): Promise<VersionRecord | null> {
    const records = await this.#readIndex(documentId)
    return records.find((record) => record.id === versionId) ?? null
  }

  async loadState(documentId: DocumentId, versionId: string): Promise<Uint8Array | null> {
    // Only a listed version is read: its id was checked when added, so it is a safe file name.
    if ((await this.find(documentId, versionId)) === null) return null
    const bytes = await readFile(join(this.#documentDirectory(documentId), `${versionId}.bin`))
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  deleteDocument(documentId: DocumentId): Promise<void> {
    return this.#queues.run(documentId, async () => {
      await rm(this.#documentDirectory(documentId), { recursive: true, force: true })
    })
  }

  close(): Promise<void> {
    return Promise.resolve()
  }

  async #readIndex(documentId: DocumentId): Promise<VersionRecord[]> {
    const content = await this.#indexFile(documentId).read()
    if (content === null) return []
    const parsed = indexSchema.safeParse(content)
    if (!parsed.success) {
      throw new StoreError(
        StoreErrorCode.Corrupted,
        `the version index of document ${documentId} does not match its schema`,
        {
          cause: parsed.error,
          place: { documentId, file: join(this.#documentDirectory(documentId), 'index.json') },
        },
      )
    }
    return parsed.data.map((record) => ({ ...record, documentId: record.documentId as DocumentId }))
  }

  #indexFile(documentId: DocumentId): DurableJsonFile<unknown> {
    return new DurableJsonFile(join(this.#documentDirectory(documentId), 'index.json'))
  }

  #documentDirectory(documentId: DocumentId): string {
    return join(this.#directory, documentId)
  }
}

/** Writes `bytes` to `path` so that it survives power loss, never leaving a torn file there. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temporaryPath = `${path}.tmp`
  const file = await open(temporaryPath, 'w')
  try {
    await file.writeFile(bytes)
    await file.datasync()
  } finally {
    await file.close()
  }
  await rename(temporaryPath, path)
  await syncDirectory(join(path, '..'))
}
