import { z } from 'zod'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'

/** What the functions of this module need to know of a kind of record. */
export interface RecordKind<T> {
  /** Names the record in error messages. */
  name: string
  schema: z.ZodType<T>
  /** Fields no two records may share. */
  unique: readonly (keyof T & string)[]
}

/**
 * Parses `value` with `schema` and returns the parsed copy (unknown keys dropped); throws
 * `METADATA_INVALID` with zod's description of the problems, `what` naming the record.
 */
export function validateRecord<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new MetadataError(
      MetadataErrorCode.Invalid,
      `invalid ${what}:\n${z.prettifyError(result.error)}`,
      { cause: result.error },
    )
  }
  return result.data
}

/** The `METADATA_CONFLICT` error for a `what` whose `key` is taken. */
export function conflictError(what: string, key: string): MetadataError {
  // The value is left out of the message: it may be an email address or a token hash.
  return new MetadataError(MetadataErrorCode.Conflict, `another ${what} has this ${key}`)
}

/**
 * Validates `value`, appends it to `records` and returns the record appended; throws
 * `METADATA_INVALID`, or `METADATA_CONFLICT` if it shares a unique field with one of them, leaving
 * `records` unchanged.
 */
export function insertRecord<T>(records: T[], value: T, kind: RecordKind<T>): T {
  const record = validateRecord(kind.schema, value, kind.name)
  for (const key of kind.unique) assertUnique(records, record, key, kind.name)
  records.push(record)
  return record
}

/**
 * Replaces the record of id `change.id` by itself patched and validated, and returns the new
 * record, or null if there is none. Throws like {@link insertRecord}, leaving `records` unchanged.
 */
export function replaceRecord<T extends { id: string }>(
  records: T[],
  change: { id: string; patch: Partial<Omit<T, 'id'>> },
  kind: RecordKind<T>,
): T | null {
  const index = records.findIndex((record) => record.id === change.id)
  const previous = records[index]
  if (previous === undefined) return null
  // The id is the key: a patch smuggling another id in at run time does not move the record.
  const patched = { ...previous, ...change.patch, id: previous.id }
  const next = validateRecord(kind.schema, patched, kind.name)
  for (const key of kind.unique) {
    if (next[key] !== previous[key]) assertUnique(records, next, key, kind.name)
  }
  records[index] = next
  return next
}

function assertUnique<T>(records: readonly T[], record: T, key: keyof T & string, what: string) {
  if (records.some((other) => other[key] === record[key])) throw conflictError(what, key)
}
