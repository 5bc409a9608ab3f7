import type { Logger } from 'pino'
import type { StoreConfig } from '../config.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import { LowdbDocumentStore } from '../persistence/LowdbDocumentStore.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { PostgresDatabase } from '../persistence/postgres/openPostgres.ts'

/**
 * Opens the document and metadata stores the configuration names: lowdb files, memory, or
 * PostgreSQL (migrated first; its pool is handed back to be ended after both stores close).
 */
export async function openStores(
  config: StoreConfig,
  logger: Logger,
): Promise<{ store: DocumentStore; metadata: MetadataStore; database?: PostgresDatabase }> {
  switch (config.kind) {
    case 'lowdb':
      return {
        store: new LowdbDocumentStore(config.dataDir, {
          logger,
          ...(config.syncReadMaxBytes === undefined
            ? {}
            : { syncReadMaxBytes: config.syncReadMaxBytes }),
        }),
        metadata: await LowdbMetadataStore.open(config.dataDir),
      }
    case 'memory':
      return { store: new MemoryDocumentStore(), metadata: LowdbMetadataStore.inMemory() }
    case 'postgres': {
      // The PostgreSQL client is loaded only when PostgreSQL is configured.
      const [{ openPostgres }, { PostgresDocumentStore }, { PostgresMetadataStore }] =
        await Promise.all([
          import('../persistence/postgres/openPostgres.ts'),
          import('../persistence/postgres/PostgresDocumentStore.ts'),
          import('../persistence/postgres/PostgresMetadataStore.ts'),
        ])
      // Migrated before either store is built; the pool is ended after both are closed.
      const database = await openPostgres(config.url, { logger })
      return {
        store: new PostgresDocumentStore(database.pool),
        metadata: await PostgresMetadataStore.open(database.pool),
        database,
      }
    }
  }
}
