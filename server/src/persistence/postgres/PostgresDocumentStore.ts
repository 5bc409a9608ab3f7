import type pg from 'pg'
import * as Y from 'yjs'
import { isDocumentId, type DocumentId } from '@maillage/protocol'
import type { DocumentStore, StoredDocument } from '../DocumentStore.ts'
import { StoreError, StoreErrorCode } from '../StoreError.ts'

/**
 * First key of the per-document advisory locks taken by `compact` (the second is a hash of the
 * document id). The two-key space never overlaps the one-key space of the migration lock.
 */
const DOCUMENT_LOCK_CLASS = 0x4d_61_69_6c // 'Mail'

/** Updates inserted by one statement at most (two parameters each, under PostgreSQL's 65,535). */
const MAX_ROWS_PER_INSERT = 1000

/** One stored part of a document: the snapshot (`seq` null) or an appended update. */
interface StoredRow {
  readonly seq: string | null
  readonly bytes: Buffer
  readonly state_vector: Buffer | null
}

/**
 * The {@link DocumentStore} in PostgreSQL (migration `001_documents.sql`): per document, one
 * compacted snapshot in `document_snapshots` and the updates appended since in `document_updates`,
 * ordered by `seq`.
 *
 * Several processes may hold the same document and save it at the same time, each appending what
 * it received (duplicates are harmless to Yjs). So `compact` never drops what it has not seen: under
 * a per-document lock it reads the snapshot and the log, merges them into the given state, writes
 * the merge as the snapshot and deletes exactly the log rows it read. An update appended meanwhile
 * by another process stays in the log and is loaded after the snapshot.
 *
 * `load` reads the snapshot and the log in one statement (one consistent view, even during a
 * compaction) and checks that every part decodes: one that does not rejects with `STORE_CORRUPTED`,
 * the rows left as they are. The pool belongs to the caller: `close` stops this store only.
 */
export class PostgresDocumentStore implements DocumentStore {
  readonly #pool: pg.Pool
  #closed = false

  constructor(pool: pg.Pool) {
    this.#pool = pool
  }

  async load(id: DocumentId): Promise<StoredDocument> {
    this.#assertOpen()
    const result = await this.#pool.query<StoredRow>(
      `SELECT NULL::bigint AS seq, state AS bytes, state_vector
         FROM document_snapshots WHERE document_id = $1
       UNION ALL
       SELECT seq, update, NULL FROM document_updates WHERE document_id = $1
       ORDER BY seq NULLS FIRST`,
      [id],
    )
    const updates = result.rows.map((row) => {
      assertDecodes(id, row)
      return asBytes(row.bytes)
    })
    const [first] = result.rows
    // The snapshot's state vector describes the document only when no update was logged since.
    const stateVector =
      result.rows.length === 1 && first?.state_vector != null ? asBytes(first.state_vector) : null
    return { updates, stateVector }
  }

  async append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    this.#assertOpen()
    if (updates.length === 0) return
    if (updates.length <= MAX_ROWS_PER_INSERT) {
      await insertUpdates(this.#pool, id, updates)
      return
    }
    await this.#inTransaction(async (client) => {
      for (let start = 0; start < updates.length; start += MAX_ROWS_PER_INSERT) {
        await insertUpdates(client, id, updates.slice(start, start + MAX_ROWS_PER_INSERT))
      }
    })
  }

  async compact(id: DocumentId, state: Uint8Array, stateVector: Uint8Array): Promise<void> {
    this.#assertOpen()
    await this.#inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        DOCUMENT_LOCK_CLASS,
        id,
      ])
      const stored = await client.query<StoredRow>(
        `SELECT NULL::bigint AS seq, state AS bytes, NULL::bytea AS state_vector
           FROM document_snapshots WHERE document_id = $1
         UNION ALL
         SELECT seq, update, NULL FROM document_updates WHERE document_id = $1
         ORDER BY seq NULLS FIRST`,
        [id],
      )
      const merged = mergeStored(id, state, stateVector, stored.rows)
      await client.query(
        `INSERT INTO document_snapshots (document_id, state, state_vector, compacted_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (document_id) DO UPDATE
           SET state = EXCLUDED.state, state_vector = EXCLUDED.state_vector,
               compacted_at = EXCLUDED.compacted_at`,
        [id, merged.state, merged.stateVector],
      )
      // Exactly the rows read: one appended meanwhile may have a lower seq than the last read
      // (sequence values are taken at insert, rows become visible at commit), so no range.
      const seqs = stored.rows.flatMap((row) => (row.seq === null ? [] : [row.seq]))
      if (seqs.length > 0) {
        await client.query(
          'DELETE FROM document_updates WHERE document_id = $1 AND seq = ANY($2::bigint[])',
          [id, seqs],
        )
      }
    })
  }

  async delete(id: DocumentId): Promise<void> {
    this.#assertOpen()
    await this.#inTransaction(async (client) => {
      await client.query('DELETE FROM document_updates WHERE document_id = $1', [id])
      await client.query('DELETE FROM document_snapshots WHERE document_id = $1', [id])
    })
  }

  async list(): Promise<DocumentId[]> {
    this.#assertOpen()
    const result = await this.#pool.query<{ document_id: string }>(
      `SELECT document_id FROM document_snapshots
       UNION
       SELECT DISTINCT document_id FROM document_updates`,
    )
    return result.rows.map((row) => row.document_id).filter(isDocumentId)
  }

  close(): Promise<void> {
    this.#closed = true
    return Promise.resolve()
  }

  async #inTransaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.#pool.connect()
    try {
      await client.query('BEGIN')
      try {
        await work(client)
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    } finally {
      client.release()
    }
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new StoreError(StoreErrorCode.Closed, 'postgres document store is closed')
    }
  }
}

async function insertUpdates(
  queryable: pg.Pool | pg.PoolClient,
  id: DocumentId,
  updates: readonly Uint8Array[],
): Promise<void> {
  // VALUES rows are inserted in the order written, so seq follows the order of `updates`.
  const rows = updates.map((_, index) => `($1, $${index + 2})`).join(', ')
  await queryable.query(`INSERT INTO document_updates (document_id, update) VALUES ${rows}`, [
    id,
    ...updates.map(asBuffer),
  ])
}

/**
 * `state` merged with everything stored (the old snapshot, which another process may have
 * written from updates this one never received, and the log), with its state vector; `state`
 * itself when nothing is stored. Rejects with `STORE_CORRUPTED` if a stored part does not decode.
 */
function mergeStored(
  id: DocumentId,
  state: Uint8Array,
  stateVector: Uint8Array,
  rows: readonly StoredRow[],
): { state: Uint8Array; stateVector: Uint8Array } {
  if (rows.length === 0) return { state, stateVector }
  let merged: Uint8Array
  try {
    merged = Y.mergeUpdates([state, ...rows.map((row) => asBytes(row.bytes))])
  } catch (error) {
    // Name the part that does not decode; `state` comes from a live Y.Doc.
    for (const row of rows) assertDecodes(id, row)
    throw error
  }
  return { state: merged, stateVector: Y.encodeStateVectorFromUpdate(merged) }
}

function assertDecodes(id: DocumentId, row: StoredRow): void {
  try {
    Y.decodeUpdate(row.bytes)
  } catch (error) {
    const part =
      row.seq === null
        ? 'its snapshot (document_snapshots)'
        : `update ${row.seq} (document_updates)`
    throw new StoreError(
      StoreErrorCode.Corrupted,
      `document "${id}" cannot be read: ${part} does not decode as a Yjs update; the rows are ` +
        'left as they are',
      { cause: error, place: { documentId: id } },
    )
  }
}

/** A plain view of bytes read from PostgreSQL (node-postgres answers Buffers), without copying. */
function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
