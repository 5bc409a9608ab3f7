import { access } from 'node:fs/promises'
import { join } from 'node:path'
import type pg from 'pg'
import * as Y from 'yjs'
import { CopyError, CopyErrorCode } from './CopyError.ts'
import { LowdbDocumentStore } from './LowdbDocumentStore.ts'
import { LowdbMetadataStore, METADATA_FILE_NAME } from './LowdbMetadataStore.ts'
import type { MetadataSnapshot } from './MetadataStore.ts'
import { PostgresDocumentStore } from './postgres/PostgresDocumentStore.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'
import { verifyPostgresCopy, type CopyVerification } from './verifyPostgresCopy.ts'

/** What {@link copyToPostgres} copied, and what its verification found. */
export interface CopyReport {
  /** Documents copied, each as one compacted state. */
  readonly documents: number
  /** Records copied per kind of the metadata file (`accounts`, `spaces`…). */
  readonly records: Readonly<Record<string, number>>
  readonly auditEntries: number
  readonly verification: CopyVerification
}

/**
 * Copies an embedded data directory (lowdb documents, `metadata.json`, `audit.jsonl`) into the
 * PostgreSQL database of `pool`, whose schema `openPostgres` has migrated, then reads everything
 * back and compares it with the source ({@link verifyPostgresCopy}). The source is only read
 * (except that loading a document cuts a torn log tail, as the server would). Run it while no
 * server uses either side.
 *
 * Rejects with `COPY_SOURCE_MISSING` when `dataDir` has no metadata file and
 * `COPY_TARGET_NOT_EMPTY` when the database holds any document, record or audit entry — nothing
 * written in both cases. A document the source cannot read rejects with its `STORE_CORRUPTED`
 * (salvage it first); what was copied before stays, so empty the database before trying again.
 */
export async function copyToPostgres(options: {
  dataDir: string
  pool: pg.Pool
}): Promise<CopyReport> {
  const { dataDir, pool } = options
  await assertDataDirectory(dataDir)
  await assertNoDocuments(pool)
  const sourceDocuments = new LowdbDocumentStore(dataDir)
  const sourceMetadata = await LowdbMetadataStore.open(dataDir)
  const targetDocuments = new PostgresDocumentStore(pool)
  const targetMetadata = await PostgresMetadataStore.open(pool)
  try {
    const snapshot = await sourceMetadata.exportSnapshot()
    await importMetadata(targetMetadata, snapshot)
    const ids = await sourceDocuments.list()
    for (const id of ids) {
      const { updates } = await sourceDocuments.load(id)
      const state = Y.mergeUpdates(updates)
      await targetDocuments.compact(id, state, Y.encodeStateVectorFromUpdate(state))
    }
    const verification = await verifyPostgresCopy({
      source: { documents: sourceDocuments, metadata: snapshot },
      target: { documents: targetDocuments, metadata: await targetMetadata.exportSnapshot() },
    })
    return {
      documents: ids.length,
      records: countRecords(snapshot),
      auditEntries: snapshot.audit.length,
      verification,
    }
  } finally {
    await Promise.all([
      sourceDocuments.close(),
      sourceMetadata.close(),
      targetDocuments.close(),
      targetMetadata.close(),
    ])
  }
}

/** The number of records of each kind (each list of the metadata file). */
export function countRecords(snapshot: MetadataSnapshot): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [kind, value] of Object.entries(snapshot.data)) {
    if (Array.isArray(value)) counts[kind] = value.length
  }
  return counts
}

async function importMetadata(
  target: PostgresMetadataStore,
  snapshot: MetadataSnapshot,
): Promise<void> {
  try {
    await target.importSnapshot(snapshot.data, snapshot.audit)
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'METADATA_NOT_EMPTY') {
      throw new CopyError(
        CopyErrorCode.TargetNotEmpty,
        'the PostgreSQL database already holds metadata: copy into an empty database',
      )
    }
    throw error
  }
}

/**
 * Rejects with `COPY_SOURCE_MISSING` unless `dataDir` holds a metadata file, so that a mistyped
 * path is refused before anything touches the database.
 */
export async function assertDataDirectory(dataDir: string): Promise<void> {
  const path = join(dataDir, METADATA_FILE_NAME)
  try {
    await access(path)
  } catch (error) {
    throw new CopyError(
      CopyErrorCode.SourceMissing,
      `${path} cannot be read (${error instanceof Error ? error.message : String(error)}): ` +
        'not a Maillage data directory',
    )
  }
}

async function assertNoDocuments(pool: pg.Pool): Promise<void> {
  const result = await pool.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM document_snapshots)
         OR EXISTS (SELECT 1 FROM document_updates) AS found`,
  )
  if (result.rows[0]?.found === true) {
    throw new CopyError(
      CopyErrorCode.TargetNotEmpty,
      'the PostgreSQL database already holds documents: copy into an empty database',
    )
  }
}
