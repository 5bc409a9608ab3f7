import type { VeilleFeed } from './records/VeilleFeed.ts'
import type { VeilleItem } from './records/VeilleItem.ts'

/**
 * The records of the veille in the metadata store: its items and the personal addresses of its
 * feeds. Same contract as {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a
 * taken key: items by id and by `normalizedUrl`, feeds by id and `tokenHash`).
 */
export interface VeilleRecords {
  createItem(item: VeilleItem): Promise<void>
  findItem(id: string): Promise<VeilleItem | null>
  findItemByNormalizedUrl(normalizedUrl: string): Promise<VeilleItem | null>
  /** Every item, oldest first. */
  listItems(): Promise<VeilleItem[]>
  updateItem(id: string, patch: Partial<Omit<VeilleItem, 'id'>>): Promise<VeilleItem | null>
  /** False if there was none. */
  deleteItem(id: string): Promise<boolean>

  createFeed(feed: VeilleFeed): Promise<void>
  findFeedByHash(tokenHash: string): Promise<VeilleFeed | null>
  /** The feeds of one account, revoked ones included, oldest first. */
  listFeedsOf(accountId: string): Promise<VeilleFeed[]>
  updateFeed(id: string, patch: Partial<Omit<VeilleFeed, 'id'>>): Promise<VeilleFeed | null>
}
