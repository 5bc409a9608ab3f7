/** The `order` of an item placed between two neighbours (either may be absent at the ends). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1
  if (before === undefined) return (after ?? 0) - 1
  if (after === undefined) return before + 1
  return (before + after) / 2
}

/** A random id for a new list item, unique enough for items added at once by several people. */
export function newItemId(): string {
  return crypto.randomUUID()
}
