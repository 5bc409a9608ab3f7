import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { ExchangeRecords } from './ExchangeRecords.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, type RecordKind } from './recordCollection.ts'
import { exchangeThreadSchema, type ExchangeThread } from './records/ExchangeThread.ts'

const THREAD: RecordKind<ExchangeThread> = {
  name: 'exchange thread',
  schema: exchangeThreadSchema,
  unique: ['id'],
}

/** The exchange records of `LowdbMetadataStore`, in the same file and the same coalesced writes. */
export class LowdbExchangeRecords implements ExchangeRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createThread(thread: ExchangeThread): Promise<void> {
    await this.#db.write((data) => insertRecord(data.exchangeThreads, thread, THREAD))
  }

  findThread(id: string): Promise<ExchangeThread | null> {
    return this.#db.read((data) => data.exchangeThreads.find((thread) => thread.id === id) ?? null)
  }

  listThreads(): Promise<ExchangeThread[]> {
    return this.#db.read((data) => data.exchangeThreads)
  }

  updateThread(
    id: string,
    patch: Partial<Omit<ExchangeThread, 'id'>>,
  ): Promise<ExchangeThread | null> {
    return this.#db.write((data) => replaceRecord(data.exchangeThreads, { id, patch }, THREAD))
  }

  deleteThread(id: string): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.exchangeThreads.findIndex((thread) => thread.id === id)
        return index !== -1 && data.exchangeThreads.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }
}
