import { veilleFeedSchema, type VeilleFeed } from '../records/VeilleFeed.ts'
import { veilleItemSchema, type VeilleItem } from '../records/VeilleItem.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 007_veille.sql, as postgresRows.ts reads and writes them.

/** Watch items, unique by normalised URL. */
export const VEILLE_ITEMS: PostgresTable<VeilleItem> = {
  name: 'metadata_veille_items',
  what: 'veille item',
  schema: veilleItemSchema,
  columns: {
    id: (item) => item.id,
    normalized_url: (item) => item.normalizedUrl,
  },
  key: ['id'],
}

/** Personal addresses of the veille's feeds, looked up by token hash and by account. */
export const VEILLE_FEEDS: PostgresTable<VeilleFeed> = {
  name: 'metadata_veille_feeds',
  what: 'veille feed',
  schema: veilleFeedSchema,
  columns: {
    id: (feed) => feed.id,
    account_id: (feed) => feed.accountId,
    token_hash: (feed) => feed.tokenHash,
  },
  key: ['id'],
}
