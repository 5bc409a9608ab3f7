/**
 * Structural equality of data (primitives, arrays, plain objects, dates, maps and sets), standing
 * for `fast-equals` where `@tiptap/react` imports it (`vite.config.ts`): `useEditorState` compares
 * a selector's results with it when the caller gives no `equalityFn`, which every caller of the
 * app does. A few lines instead of the library's 7 kB, downloaded with every document.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  if (Array.isArray(a)) return sameItems(a, b as unknown[])
  if (a instanceof Date) return a.getTime() === (b as Date).getTime()
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>
    return (
      a.size === other.size &&
      [...a].every(([key, value]) => other.has(key) && deepEqual(value, other.get(key)))
    )
  }
  if (a instanceof Set) {
    const others = [...(b as Set<unknown>)]
    return a.size === others.length && [...a].every((v) => others.some((o) => deepEqual(v, o)))
  }
  const keys = Object.keys(a)
  const record = a as Record<string, unknown>
  const other = b as Record<string, unknown>
  return (
    keys.length === Object.keys(other).length &&
    keys.every((key) => Object.hasOwn(other, key) && deepEqual(record[key], other[key]))
  )
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => deepEqual(value, b[index]))
}
