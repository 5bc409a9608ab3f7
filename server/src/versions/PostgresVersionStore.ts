import type pg from 'pg'
import type { DocumentId } from '@maillage/protocol'
import { StoreError, StoreErrorCode } from '../persistence/StoreError.ts'
import { versionIdSchema, versionRecordSchema, type VersionRecord } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'

/**
 * The {@link VersionStore} in PostgreSQL (migration `006_versions.sql`): records in
 * `document_versions`, states in `document_version_states`, both written in one transaction. Any
 * number of processes may add versions at once. The pool belongs to the caller.
 */
export class PostgresVersionStore implements VersionStore {
  readonly #pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.#pool = pool
  }

  async add(record: VersionRecord, state: Uint8Array): Promise<void> {
    const parsed = versionRecordSchema.parse(record)
    const client = await this.#pool.connect()
    try {
      await client.query('BEGIN')
      await client.query(
        'INSERT INTO document_versions (id, document_id, created_at, data) VALUES ($1, $2, $3, $4)',
        [parsed.id, parsed.documentId, parsed.createdAt, JSON.stringify(parsed)],
      )
      await client.query(
        'INSERT INTO document_version_states (version_id, state) VALUES ($1, $2)',
        [parsed.id, Buffer.from(state.buffer, state.byteOffset, state.byteLength)],
      )
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      client.release()
    }
  }

  async list(documentId: DocumentId): Promise<VersionRecord[]> {
    const result = await this.#pool.query<{ data: unknown }>(
      `SELECT data FROM document_versions WHERE document_id = $1
       ORDER BY created_at DESC, seq DESC`,
      [documentId],
    )
    return result.rows.map((row) => parseRow(documentId, row.data))
  }

  async latest(documentId: DocumentId): Promise<VersionRecord | null> {
    const result = await this.#pool.query<{ data: unknown }>(
      `SELECT data FROM document_versions WHERE document_id = $1
       ORDER BY created_at DESC, seq DESC LIMIT 1`,
      [documentId],
    )
    const [row] = result.rows
    return row === undefined ? null : parseRow(documentId, row.data)
  }

  async find(documentId: DocumentId, versionId: string): Promise<VersionRecord | null> {
    // A malformed id is no version (and would make PostgreSQL reject the uuid).
    if (!versionIdSchema.safeParse(versionId).success) return null
    const result = await this.#pool.query<{ data: unknown }>(
      'SELECT data FROM document_versions WHERE document_id = $1 AND id = $2',
      [documentId, versionId],
    )
    const [row] = result.rows
    return row === undefined ? null : parseRow(documentId, row.data)
  }

  async loadState(documentId: DocumentId, versionId: string): Promise<Uint8Array | null> {
    if (!versionIdSchema.safeParse(versionId).success) return null
    const result = await this.#pool.query<{ state: Buffer }>(
      `SELECT s.state FROM document_version_states s
         JOIN document_versions v ON v.id = s.version_id
       WHERE v.document_id = $1 AND v.id = $2`,
      [documentId, versionId],
    )
    const [row] = result.rows
    return row === undefined
      ? null
      : new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength)
  }

  async deleteDocument(documentId: DocumentId): Promise<void> {
    await this.#pool.query('DELETE FROM document_versions WHERE document_id = $1', [documentId])
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}

function parseRow(documentId: DocumentId, data: unknown): VersionRecord {
  const parsed = versionRecordSchema.safeParse(data)
  if (!parsed.success) {
    throw new StoreError(
      StoreErrorCode.Corrupted,
      `a version of document ${documentId} does not match its schema`,
      { cause: parsed.error, place: { documentId } },
    )
  }
  return { ...parsed.data, documentId }
}
