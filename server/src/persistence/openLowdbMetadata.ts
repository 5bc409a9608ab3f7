import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Memory, type Adapter } from 'lowdb'
import { FileAuditLog, MemoryAuditLog, type AuditLog } from './auditLog.ts'
import { CoalescedLowdb } from './CoalescedLowdb.ts'
import { DurableJsonFile } from './DurableJsonFile.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'
import { createEmptyMetadataFile, type MetadataFile } from './metadataFileSchema.ts'
import {
  currentMetadataVersion,
  METADATA_MIGRATIONS,
  type MetadataMigration,
} from './metadataMigrations.ts'
import { readMetadataFile } from './readMetadataFile.ts'

/** Name of the lowdb file holding every record but the audit trail, in the data directory. */
export const METADATA_FILE_NAME = 'metadata.json'
/** Name of the append-only audit trail (JSON Lines), in the data directory. */
export const AUDIT_FILE_NAME = 'audit.jsonl'

/** Options of `LowdbMetadataStore.open`, for tests. */
export interface LowdbMetadataStoreOptions {
  /** Migrations run on open; default {@link METADATA_MIGRATIONS}. */
  migrations?: readonly MetadataMigration[]
  /** Adapter of `metadata.json`; default {@link DurableJsonFile}. Tests wrap it to count writes. */
  adapter?: Adapter<MetadataFile>
}

/** What a `LowdbMetadataStore` works on: the store's own database, or a transaction's draft. */
export interface LowdbMetadataParts {
  db: LowdbDatabase<MetadataFile>
  /** The data `db` holds, to index. */
  data: MetadataFile
  audit: AuditLog
  /** The store's database; absent in the store a transaction's `work` receives. */
  coalesced?: CoalescedLowdb<MetadataFile>
}

/**
 * Opens the metadata of `dataDir`: reads `metadata.json` if it exists and migrates it in memory,
 * writing nothing; the directory is created on the first write. Rejects with `METADATA_CORRUPTED`
 * or `METADATA_TOO_NEW` rather than ever starting empty over an existing file.
 */
export async function openLowdbMetadata(
  dataDir: string,
  options: LowdbMetadataStoreOptions = {},
): Promise<LowdbMetadataParts> {
  const path = join(dataDir, METADATA_FILE_NAME)
  const adapter = options.adapter ?? new DurableJsonFile<MetadataFile>(path)
  const migrations = options.migrations ?? METADATA_MIGRATIONS
  const data = await readMetadataFile(adapter, { path, migrations })
  const coalesced = new CoalescedLowdb({
    adapter,
    data,
    prepareWrite: () => mkdir(dataDir, { recursive: true }),
    closedError: metadataClosedError,
  })
  return { db: coalesced, coalesced, data, audit: new FileAuditLog(join(dataDir, AUDIT_FILE_NAME)) }
}

/** Empty metadata in memory (lowdb's `Memory` adapter, audit entries in an array), for tests. */
export function createMemoryLowdbMetadata(): LowdbMetadataParts {
  const data = createEmptyMetadataFile(currentMetadataVersion(METADATA_MIGRATIONS))
  const coalesced = new CoalescedLowdb({
    adapter: new Memory<MetadataFile>(),
    data,
    closedError: metadataClosedError,
  })
  return { db: coalesced, coalesced, data, audit: new MemoryAuditLog() }
}

/** The error of every call to a closed `LowdbMetadataStore` (`METADATA_CLOSED`). */
export function metadataClosedError(): MetadataError {
  return new MetadataError(MetadataErrorCode.Closed, 'metadata store is closed')
}
