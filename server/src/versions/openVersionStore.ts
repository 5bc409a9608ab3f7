import type pg from 'pg'
import type { StoreConfig } from '../config.ts'
import { FileVersionStore } from './FileVersionStore.ts'
import { MemoryVersionStore } from './MemoryVersionStore.ts'
import { PostgresVersionStore } from './PostgresVersionStore.ts'
import type { VersionStore } from './VersionStore.ts'

/**
 * The version store that goes with the document store the configuration chose: files beside the
 * embedded store, the same PostgreSQL database (`pool`, migrated by `openPostgres`), or memory.
 */
export function openVersionStore(config: StoreConfig, pool: pg.Pool | undefined): VersionStore {
  switch (config.kind) {
    case 'lowdb':
      return new FileVersionStore(config.dataDir)
    case 'memory':
      return new MemoryVersionStore()
    case 'postgres':
      if (pool === undefined) throw new Error('the PostgreSQL version store needs the open pool')
      return new PostgresVersionStore(pool)
  }
}
