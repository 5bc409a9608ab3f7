import type {
  ChoiceFieldDefinition,
  FieldDefinition,
  ListFieldDefinition,
  MultiChoiceFieldDefinition,
  NumberFieldDefinition,
  TextFieldDefinition,
} from '../FieldDefinition.ts'
import type { FieldProblem, FieldValue, FieldValues, ItemValues } from '../FieldValues.ts'
import type { KindDefinition } from '../KindDefinition.ts'
import { emptyValueOf } from './emptyValueOf.ts'
import { fieldProblem, itemProblem, unreadableFieldsProblem } from './fieldProblemMessage.ts'
import { fieldsOf } from './fieldsOf.ts'

/** The validated values of a `fields` map and what was wrong in it. */
export interface ReadFieldsResult {
  readonly values: FieldValues
  readonly problems: FieldProblem[]
}

type Path = readonly (string | number)[]

// Plain predicates rather than zod schemas: this runs in the browser at every keystroke, and zod
// would add some 24 KB (gzipped) to the JavaScript needed to open a document.
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** A time of day written `HH:MM` on 24 hours. */
function isTimeOfDay(value: string): boolean {
  return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value)
}

// Same shape as `isDocumentId` of @maillage/protocol, which this package must not import.
const DOCUMENT_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/u

function isItemId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 128
}

/**
 * Reads the structured fields of a document from `doc.getMap('fields').toJSON()` (Y.Text as
 * string, Y.Map as object, Y.Array as array). Never throws: every value of the wrong type is
 * reported in `problems` and read as its field's empty value; unknown keys are ignored; list items
 * are sorted by `order` then `id`. Problem paths use the item's index in the stored array.
 */
export function readFields(
  definition: KindDefinition | readonly FieldDefinition[],
  raw: unknown,
): ReadFieldsResult {
  const problems: FieldProblem[] = []
  const values = readRecord(fieldsOf(definition), raw, [], problems)
  return { values, problems }
}

function readRecord(
  fields: readonly FieldDefinition[],
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): FieldValues {
  const isReadable = isRecord(raw)
  if (!isReadable && raw !== undefined && raw !== null) problems.push(unreadableFieldsProblem(path))
  const record = isReadable ? raw : {}
  const values: Record<string, FieldValue> = {}
  for (const field of fields) {
    const value = Object.hasOwn(record, field.name) ? record[field.name] : undefined
    values[field.name] = readValue(field, value, [...path, field.name], problems)
  }
  return values
}

function readValue(
  field: FieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): FieldValue {
  if (raw === undefined || raw === null) return emptyValueOf(field)
  switch (field.type) {
    case 'text':
      return readText(field, raw, path, problems)
    case 'choice':
      return readChoice(field, raw, path, problems)
    case 'multi-choice':
      return readMultiChoice(field, raw, path, problems)
    case 'date':
      return readWritten(field, raw, path, problems, DATE_FORM)
    case 'time':
      return readWritten(field, raw, path, problems, TIME_FORM)
    case 'number':
      return readNumber(field, raw, path, problems)
    case 'document-link':
      return readDocumentLink(field, raw, path, problems)
    case 'list':
      return readList(field, raw, path, problems)
    default: {
      const unknownField: never = field
      return unknownField
    }
  }
}

function readText(
  field: TextFieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): string {
  if (typeof raw !== 'string') {
    problems.push(fieldProblem(path, field, { code: 'WRONG_TYPE', expected: 'du texte' }))
    return ''
  }
  if (raw.length <= field.maxLength) return raw
  problems.push(fieldProblem(path, field, { code: 'TOO_LONG', length: raw.length }))
  return cutText(raw, field.maxLength)
}

/** Cuts before `maxLength` UTF-16 units without splitting a surrogate pair. */
function cutText(text: string, maxLength: number): string {
  const last = text.charCodeAt(maxLength - 1)
  const splitsPair = last >= 0xd800 && last <= 0xdbff
  return text.slice(0, splitsPair ? maxLength - 1 : maxLength)
}

function readChoice(
  field: ChoiceFieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): string {
  if (typeof raw !== 'string') {
    problems.push(fieldProblem(path, field, { code: 'WRONG_TYPE', expected: 'un choix' }))
    return ''
  }
  if (raw === '' || field.options.some((option) => option.value === raw)) return raw
  problems.push(fieldProblem(path, field, { code: 'UNKNOWN_OPTION', option: raw }))
  return ''
}

function readMultiChoice(
  field: MultiChoiceFieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): readonly string[] {
  if (!isRecord(raw)) {
    problems.push(fieldProblem(path, field, { code: 'WRONG_TYPE', expected: 'des choix' }))
    return []
  }
  const ticked = raw
  const known = new Set(field.options.map((option) => option.value))
  // One problem per field is enough to tell people, however many unknown keys a peer wrote.
  const unknown = Object.keys(ticked).find((key) => !known.has(key) && ticked[key] === true)
  if (unknown !== undefined) {
    problems.push(fieldProblem(path, field, { code: 'UNKNOWN_OPTION', option: unknown }))
  }
  return field.options
    .filter((option) => Object.hasOwn(ticked, option.value) && ticked[option.value] === true)
    .map((option) => option.value)
}

/** How a date or a time is written, and what is reported when it is not. */
interface WrittenForm {
  /** What the value should have been, for `WRONG_TYPE` (« une date »). */
  readonly expected: string
  readonly isValid: (value: string) => boolean
  readonly invalid: 'INVALID_DATE' | 'INVALID_TIME'
}

const DATE_FORM: WrittenForm = { expected: 'une date', isValid: isIsoDate, invalid: 'INVALID_DATE' }
const TIME_FORM: WrittenForm = {
  expected: 'une heure',
  isValid: isTimeOfDay,
  invalid: 'INVALID_TIME',
}

/** A date or a time kept as a string in its written form, `''` when empty or invalid. */
function readWritten(
  field: FieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
  form: WrittenForm,
): string {
  if (typeof raw !== 'string') {
    problems.push(fieldProblem(path, field, { code: 'WRONG_TYPE', expected: form.expected }))
    return ''
  }
  if (raw === '' || form.isValid(raw)) return raw
  problems.push(fieldProblem(path, field, { code: form.invalid }))
  return ''
}

function readNumber(
  field: NumberFieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): number | null {
  if (!isFiniteNumber(raw) || (field.integer && !Number.isInteger(raw))) {
    const expected = field.integer ? 'un nombre entier' : 'un nombre'
    problems.push(fieldProblem(path, field, { code: 'WRONG_TYPE', expected }))
    return null
  }
  const value = raw
  const tooLow = field.min !== undefined && value < field.min
  const tooHigh = field.max !== undefined && value > field.max
  if (!tooLow && !tooHigh) return value
  problems.push(fieldProblem(path, field, { code: 'OUT_OF_RANGE', value }))
  return null
}

function readDocumentLink(
  field: FieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): string {
  if (raw === '' || (typeof raw === 'string' && DOCUMENT_ID.test(raw))) return raw
  problems.push(
    fieldProblem(path, field, { code: 'WRONG_TYPE', expected: 'un lien vers un document' }),
  )
  return ''
}

function readList(
  field: ListFieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): readonly ItemValues[] {
  if (!Array.isArray(raw)) {
    problems.push(fieldProblem(path, field, { code: 'WRONG_TYPE', expected: 'une liste' }))
    return []
  }
  const items: ItemValues[] = []
  const seen = new Set<string>()
  raw.forEach((rawItem: unknown, index) => {
    const item = readItem(field, rawItem, [...path, index], problems)
    if (item === undefined) return
    if (seen.has(item.id)) {
      problems.push(itemProblem([...path, index, 'id'], field, 'duplicate-id'))
      return
    }
    seen.add(item.id)
    items.push(item)
  })
  return items.sort(compareItems)
}

function readItem(
  field: ListFieldDefinition,
  raw: unknown,
  path: Path,
  problems: FieldProblem[],
): ItemValues | undefined {
  if (!isRecord(raw)) {
    problems.push(itemProblem(path, field, 'not-an-object'))
    return undefined
  }
  const record = raw
  const id = Object.hasOwn(record, 'id') ? record.id : undefined
  if (!isItemId(id)) {
    problems.push(itemProblem([...path, 'id'], field, 'missing-id'))
    return undefined
  }
  const order = Object.hasOwn(record, 'order') ? record.order : undefined
  if (!isFiniteNumber(order)) problems.push(itemProblem([...path, 'order'], field, 'missing-order'))
  const index = path[path.length - 1]
  const fallbackOrder = typeof index === 'number' ? index : 0
  return {
    id,
    order: isFiniteNumber(order) ? order : fallbackOrder,
    values: readRecord(field.fields, record, path, problems),
  }
}

/**
 * Tells whether a value is an object to read own keys from. Values are read in place (never copied),
 * so a `__proto__` key stays an ordinary own key that no field is named after.
 */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function compareItems(a: ItemValues, b: ItemValues): number {
  if (a.order !== b.order) return a.order - b.order
  if (a.id === b.id) return 0
  return a.id < b.id ? -1 : 1
}
