import pg from 'pg'
import type { z } from 'zod'
import { MetadataError, MetadataErrorCode } from '../MetadataError.ts'
import { conflictError, validateRecord } from '../recordCollection.ts'
import type { PostgresScope, SqlRunner } from './PostgresScope.ts'

/**
 * A table of `002_metadata.sql` holding one kind of record: `data jsonb` is the record, `seq` its
 * insertion order, and `columns` copies of the fields it is looked up by or unique on.
 */
export interface PostgresTable<T> {
  /** SQL name of the table. */
  readonly name: string
  /** Names the record in error messages. */
  readonly what: string
  /** Validates a record written and read back. */
  readonly schema: z.ZodType<T>
  /** Each column beside `seq` and `data`, and how its value is read off a record. */
  readonly columns: Readonly<Record<string, (record: T) => string | boolean>>
  /** The columns of the primary key. */
  readonly key: readonly string[]
}

/** SQL state of a unique violation. */
const UNIQUE_VIOLATION = '23505'

/**
 * Validates `value` and inserts it; throws `METADATA_INVALID`, or `METADATA_CONFLICT` when a key
 * or unique column is taken. Resolves to the record as stored.
 */
export async function insertRow<T>(
  runner: SqlRunner,
  table: PostgresTable<T>,
  value: unknown,
): Promise<T> {
  const record = validateRecord(table.schema, value, table.what)
  const { names, values } = columnsOf(table, record)
  const placeholders = values.map((_, index) => `$${index + 1}`)
  await runUnique(table, () =>
    runner.query(
      `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${placeholders.join(', ')})`,
      values,
    ),
  )
  return record
}

/** Validates `value` and inserts it, or replaces the record of the same key (keeping its place). */
export async function upsertRow<T>(
  runner: SqlRunner,
  table: PostgresTable<T>,
  value: unknown,
): Promise<T> {
  const record = validateRecord(table.schema, value, table.what)
  const { names, values } = columnsOf(table, record)
  const placeholders = values.map((_, index) => `$${index + 1}`)
  const replaced = names.filter((name) => !table.key.includes(name))
  await runUnique(table, () =>
    runner.query(
      `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${placeholders.join(', ')})
       ON CONFLICT (${table.key.join(', ')})
       DO UPDATE SET ${replaced.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}`,
      values,
    ),
  )
  return record
}

/** The records of the rows matching `where` (SQL, `$1`… for `values`), in `order`. */
export async function selectRows<T>(
  runner: SqlRunner,
  table: PostgresTable<T>,
  query: { where?: string; values?: readonly unknown[]; order?: string } = {},
): Promise<T[]> {
  const where = query.where === undefined ? '' : `WHERE ${query.where}`
  const result = await runner.query<{ data: unknown }>(
    `SELECT data FROM ${table.name} ${where} ORDER BY ${query.order ?? 'seq'}`,
    query.values,
  )
  return result.rows.map((row) => parseRow(table, row.data))
}

/** The record of the first row matching `where`, or null. */
export async function selectRow<T>(
  runner: SqlRunner,
  table: PostgresTable<T>,
  query: { where: string; values: readonly unknown[] },
): Promise<T | null> {
  const [first] = await selectRows(runner, table, { ...query, order: 'seq LIMIT 1' })
  return first ?? null
}

/**
 * Changes the record of id `id` in one atomic step: locks its row, passes a copy of it to
 * `patchOf`, validates it patched (its id kept) and writes it. Resolves to the new record, or null
 * when there is none (`patchOf` not called). Whatever `patchOf` throws rejects, nothing written.
 */
export function updateRow<T extends { id: string }>(
  scope: PostgresScope,
  table: PostgresTable<T>,
  change: { id: string; patchOf: (current: T) => Partial<Omit<T, 'id'>> },
): Promise<T | null> {
  return scope.atomically(async (runner) => {
    const result = await runner.query<{ data: unknown }>(
      `SELECT data FROM ${table.name} WHERE id = $1 FOR UPDATE`,
      [change.id],
    )
    const row = result.rows[0]
    if (row === undefined) return null
    const current = parseRow(table, row.data)
    // The id is the key: a patch smuggling another id in at run time does not move the record.
    const patched = { ...current, ...change.patchOf(structuredClone(current)), id: current.id }
    const next = validateRecord(table.schema, patched, table.what)
    const { names, values } = columnsOf(table, next)
    const sets = names.map((name, index) => `${name} = $${index + 2}`)
    await runUnique(table, () =>
      runner.query(`UPDATE ${table.name} SET ${sets.join(', ')} WHERE id = $1`, [
        current.id,
        ...values,
      ]),
    )
    return next
  })
}

/** Deletes the rows matching `where`; resolves to how many there were. */
export async function deleteRows<T>(
  runner: SqlRunner,
  table: PostgresTable<T>,
  query: { where: string; values: readonly unknown[] },
): Promise<number> {
  const result = await runner.query(`DELETE FROM ${table.name} WHERE ${query.where}`, query.values)
  return result.rowCount ?? 0
}

/** Validates what a row holds; `METADATA_CORRUPTED` naming the table if it is not a record. */
export function parseRow<T>(table: PostgresTable<T>, data: unknown): T {
  const result = table.schema.safeParse(data)
  if (!result.success) {
    throw new MetadataError(
      MetadataErrorCode.Corrupted,
      `a row of ${table.name} is not a valid ${table.what}: ${result.error.message}`,
      { cause: result.error },
    )
  }
  return result.data
}

function columnsOf<T>(table: PostgresTable<T>, record: T): { names: string[]; values: unknown[] } {
  const entries = Object.entries(table.columns)
  return {
    names: [...entries.map(([name]) => name), 'data'],
    values: [...entries.map(([, of]) => of(record)), JSON.stringify(record)],
  }
}

/** Runs `statement`, turning a unique violation into `METADATA_CONFLICT` naming the key. */
async function runUnique<T, R>(table: PostgresTable<T>, statement: () => Promise<R>): Promise<R> {
  try {
    return await statement()
  } catch (error) {
    if (!(error instanceof pg.DatabaseError) || error.code !== UNIQUE_VIOLATION) throw error
    const constraint = error.constraint ?? ''
    const key =
      constraint === `${table.name}_pkey`
        ? table.key.join(' and ')
        : constraint.slice(table.name.length + 1)
    throw conflictError(table.what, key)
  }
}
