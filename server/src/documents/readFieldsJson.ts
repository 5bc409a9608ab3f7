import * as Y from 'yjs'

/**
 * How deep `readFieldsJson` follows shared types: a list's Y.Array › an item's Y.Map › its Y.Text
 * is 3, a list in a list item 5. Deeper content is no field of any kind.
 */
export const MAX_FIELDS_READ_DEPTH = 6

/** The `fields` map of a document as plain JSON, and whether some of it was too deep to read. */
export interface FieldsJson {
  readonly fields: Readonly<Record<string, unknown>>
  /** True when shared types nested beyond {@link MAX_FIELDS_READ_DEPTH} were read as null. */
  readonly tooDeep: boolean
}

/**
 * Reads a document's `fields` map the way `Y.Map.toJSON()` does (Y.Text as its string, Y.Map as an
 * object, Y.Array as an array), but never deeper than {@link MAX_FIELDS_READ_DEPTH}: what lies
 * below is read as null, which `readFields` reports as a value of the wrong type. `toJSON()` is
 * recursive, so a document written before the server bounded nesting (20,000 nested maps)
 * overflows the stack in it; this never does. Other shared types (rich text) read as null.
 */
export function readFieldsJson(fields: Y.Map<unknown>): FieldsJson {
  const state = { tooDeep: false }
  return { fields: mapJson(fields, 1, state), tooDeep: state.tooDeep }
}

function mapJson(
  map: Y.Map<unknown>,
  depth: number,
  state: { tooDeep: boolean },
): Record<string, unknown> {
  const json: Record<string, unknown> = {}
  for (const [key, value] of map.entries()) {
    // defineProperty: a `__proto__` key stays an own, inert property, as with `toJSON()`.
    Object.defineProperty(json, key, {
      value: valueJson(value, depth, state),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return json
}

function valueJson(value: unknown, depth: number, state: { tooDeep: boolean }): unknown {
  if (!(value instanceof Y.AbstractType)) return value
  if (value instanceof Y.Text) return value.toString()
  if (depth >= MAX_FIELDS_READ_DEPTH) {
    state.tooDeep = true
    return null
  }
  if (value instanceof Y.Map) return mapJson(value, depth + 1, state)
  if (value instanceof Y.Array) {
    return value.toArray().map((entry: unknown) => valueJson(entry, depth + 1, state))
  }
  return null
}
