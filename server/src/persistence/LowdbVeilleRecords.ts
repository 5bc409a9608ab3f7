import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, type RecordKind } from './recordCollection.ts'
import { veilleFeedSchema, type VeilleFeed } from './records/VeilleFeed.ts'
import { veilleItemSchema, type VeilleItem } from './records/VeilleItem.ts'
import type { VeilleRecords } from './VeilleRecords.ts'

const ITEM: RecordKind<VeilleItem> = {
  name: 'veille item',
  schema: veilleItemSchema,
  unique: ['id', 'normalizedUrl'],
}
const FEED: RecordKind<VeilleFeed> = {
  name: 'veille feed',
  schema: veilleFeedSchema,
  unique: ['id', 'tokenHash'],
}

/** The veille's records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbVeilleRecords implements VeilleRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createItem(item: VeilleItem): Promise<void> {
    await this.#db.write((data) => insertRecord(data.veilleItems, item, ITEM))
  }

  findItem(id: string): Promise<VeilleItem | null> {
    return this.#db.read((data) => data.veilleItems.find((found) => found.id === id) ?? null)
  }

  findItemByNormalizedUrl(normalizedUrl: string): Promise<VeilleItem | null> {
    return this.#db.read(
      (data) => data.veilleItems.find((found) => found.normalizedUrl === normalizedUrl) ?? null,
    )
  }

  listItems(): Promise<VeilleItem[]> {
    return this.#db.read((data) => data.veilleItems)
  }

  updateItem(id: string, patch: Partial<Omit<VeilleItem, 'id'>>): Promise<VeilleItem | null> {
    return this.#db.write((data) => replaceRecord(data.veilleItems, { id, patch }, ITEM))
  }

  deleteItem(id: string): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.veilleItems.findIndex((found) => found.id === id)
        return index !== -1 && data.veilleItems.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }

  async createFeed(feed: VeilleFeed): Promise<void> {
    await this.#db.write((data) => insertRecord(data.veilleFeeds, feed, FEED))
  }

  findFeedByHash(tokenHash: string): Promise<VeilleFeed | null> {
    return this.#db.read(
      (data) => data.veilleFeeds.find((found) => found.tokenHash === tokenHash) ?? null,
    )
  }

  listFeedsOf(accountId: string): Promise<VeilleFeed[]> {
    return this.#db.read((data) =>
      data.veilleFeeds.filter((found) => found.accountId === accountId),
    )
  }

  updateFeed(id: string, patch: Partial<Omit<VeilleFeed, 'id'>>): Promise<VeilleFeed | null> {
    return this.#db.write((data) => replaceRecord(data.veilleFeeds, { id, patch }, FEED))
  }
}
