import * as Y from 'yjs'

/**
 * How deep {@link readBoundedJson} follows shared types: a list's Y.Array › an item's Y.Map › its
 * Y.Text is 3, a list in a list item 5. Nothing a kind defines lies deeper.
 */
export const MAX_READ_DEPTH = 6

/**
 * A Y.Map of fields (a document's, or a list item's) as `toJSON()` gives it, but read no deeper
 * than {@link MAX_READ_DEPTH}: below, shared types read as null, which `readFields` reports as a
 * value of the wrong type. `toJSON()` is recursive: a document written before the server bounded
 * nesting (thousands of nested maps) would overflow the stack and break the page for every reader.
 */
export function readBoundedJson(map: Y.Map<unknown>): Record<string, unknown> {
  return mapJson(map, 1)
}

function mapJson(map: Y.Map<unknown>, depth: number): Record<string, unknown> {
  const json: Record<string, unknown> = {}
  for (const [key, value] of map.entries()) {
    // defineProperty: a `__proto__` key stays an own, inert property, as with `toJSON()`.
    Object.defineProperty(json, key, {
      value: valueJson(value, depth),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return json
}

function valueJson(value: unknown, depth: number): unknown {
  if (!(value instanceof Y.AbstractType)) return value
  if (value instanceof Y.Text) return value.toString()
  if (depth >= MAX_READ_DEPTH) return null
  if (value instanceof Y.Map) return mapJson(value, depth + 1)
  if (value instanceof Y.Array) return value.toArray().map((entry) => valueJson(entry, depth + 1))
  return null
}
