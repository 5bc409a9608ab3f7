import { join } from 'node:path'
import type pg from 'pg'
import type { Logger } from 'pino'
import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { StoreConfig } from '../config.ts'
import type { EventWindows } from '../coordination/EventWindows.ts'
import type { IndexEvents } from '../coordination/IndexEvents.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { MiniSearchIndex } from './MiniSearchIndex.ts'
import type { SearchIndex } from './SearchIndex.ts'
import { SearchIndexer } from './SearchIndexer.ts'
import { SEARCHES_PER_MINUTE, SearchService } from './SearchService.ts'
import { SearchSnapshotFile } from './SearchSnapshotFile.ts'
import type { BackgroundRun } from '../concurrency/BackgroundRun.ts'
import { startSearchBackfill } from './startSearchBackfill.ts'

/** Where the index lives, after the store: a snapshot beside lowdb's files, memory, or PostgreSQL. */
export type SearchStorage =
  | { readonly kind: 'lowdb'; readonly directory: string }
  | { readonly kind: 'memory' }
  | { readonly kind: 'postgres'; readonly pool: pg.Pool }

/** The search of a server: its service, its indexer, and its lifecycle. */
export interface Search {
  readonly service: SearchService
  readonly indexer: SearchIndexer
  /**
   * Starts following changes and the background backfill, once the server is seeded: the backfill
   * indexes the seed's documents once, rather than at each of their changes.
   */
  start(): void
  /** Stops the backfill, waits for indexings under way, saves the snapshot. */
  close(): Promise<void>
}

/**
 * Opens the search index chosen by the store (`MiniSearchIndex` with a snapshot for lowdb,
 * without one in memory, `PostgresSearchIndex` with PostgreSQL), subscribes its indexer to the
 * index events and builds the service people search with.
 */
export async function openSearch(options: {
  storage: SearchStorage
  metadata: MetadataStore
  content: DocumentContent
  events: IndexEvents
  windows: EventWindows
  /** Searches one account may make in a minute; absent: {@link SEARCHES_PER_MINUTE}. */
  searchesPerMinute?: number | undefined
  timers: Timers
  logger: Logger
}): Promise<Search> {
  const { storage, metadata, content, events, timers, logger } = options
  const { index, snapshots } = await openIndex(storage, timers, logger)
  const indexer = new SearchIndexer({ index, metadata, content, events, logger })
  const service = new SearchService({
    index,
    store: metadata,
    rateLimit: new AccountRateLimit({
      limits: {
        perAccount: options.searchesPerMinute ?? SEARCHES_PER_MINUTE,
        windowMs: 60_000,
      },
      timers,
      tooFast: (seconds) =>
        `Vous avez lancé beaucoup de recherches en peu de temps : réessayez dans ${seconds} s.`,
      windows: options.windows,
    }),
  })
  let backfill: BackgroundRun | undefined
  return {
    service,
    indexer,
    start() {
      indexer.follow()
      backfill ??= startSearchBackfill({ metadata, index, indexer, logger })
    },
    async close() {
      await backfill?.stop()
      await indexer.close()
      await snapshots?.close()
      await index.close()
    },
  }
}

async function openIndex(
  storage: SearchStorage,
  timers: Timers,
  logger: Logger,
): Promise<{ index: SearchIndex; snapshots?: SearchSnapshotFile }> {
  switch (storage.kind) {
    case 'lowdb':
      return SearchSnapshotFile.open({ directory: storage.directory, timers, logger })
    case 'memory':
      return { index: MiniSearchIndex.empty() }
    case 'postgres': {
      // Loaded here only: its French processing loads the stemmers, which other stores load at
      // their first search.
      const { PostgresSearchIndex } = await import('./PostgresSearchIndex.ts')
      return { index: new PostgresSearchIndex(storage.pool) }
    }
  }
}

/** Where the index lives for a store: beside lowdb's files, in memory, or in its database. */
export function searchStorageOf(store: StoreConfig, pool: pg.Pool | undefined): SearchStorage {
  switch (store.kind) {
    case 'lowdb':
      return { kind: 'lowdb', directory: join(store.dataDir, 'search') }
    case 'memory':
      return { kind: 'memory' }
    case 'postgres':
      if (pool === undefined) throw new Error('a PostgreSQL store comes with its pool')
      return { kind: 'postgres', pool }
  }
}
