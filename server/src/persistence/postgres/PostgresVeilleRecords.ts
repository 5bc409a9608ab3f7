import type { VeilleFeed } from '../records/VeilleFeed.ts'
import type { VeilleItem } from '../records/VeilleItem.ts'
import type { VeilleRecords } from '../VeilleRecords.ts'
import { deleteRows, insertRow, selectRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'
import { VEILLE_FEEDS, VEILLE_ITEMS } from './veilleTables.ts'

/** The veille's records of `PostgresMetadataStore` (`007_veille.sql`). */
export class PostgresVeilleRecords implements VeilleRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createItem(item: VeilleItem): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, VEILLE_ITEMS, item))
  }

  findItem(id: string): Promise<VeilleItem | null> {
    return selectRow(this.#scope, VEILLE_ITEMS, { where: 'id = $1', values: [id] })
  }

  findItemByNormalizedUrl(normalizedUrl: string): Promise<VeilleItem | null> {
    return selectRow(this.#scope, VEILLE_ITEMS, {
      where: 'normalized_url = $1',
      values: [normalizedUrl],
    })
  }

  listItems(): Promise<VeilleItem[]> {
    return selectRows(this.#scope, VEILLE_ITEMS)
  }

  updateItem(id: string, patch: Partial<Omit<VeilleItem, 'id'>>): Promise<VeilleItem | null> {
    return updateRow(this.#scope, VEILLE_ITEMS, { id, patchOf: () => patch })
  }

  async deleteItem(id: string): Promise<boolean> {
    return (await deleteRows(this.#scope, VEILLE_ITEMS, { where: 'id = $1', values: [id] })) > 0
  }

  async createFeed(feed: VeilleFeed): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, VEILLE_FEEDS, feed))
  }

  findFeedByHash(tokenHash: string): Promise<VeilleFeed | null> {
    return selectRow(this.#scope, VEILLE_FEEDS, { where: 'token_hash = $1', values: [tokenHash] })
  }

  listFeedsOf(accountId: string): Promise<VeilleFeed[]> {
    return selectRows(this.#scope, VEILLE_FEEDS, { where: 'account_id = $1', values: [accountId] })
  }

  updateFeed(id: string, patch: Partial<Omit<VeilleFeed, 'id'>>): Promise<VeilleFeed | null> {
    return updateRow(this.#scope, VEILLE_FEEDS, { id, patchOf: () => patch })
  }
}
