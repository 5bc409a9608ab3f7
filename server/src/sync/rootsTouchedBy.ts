import * as Y from 'yjs'

/** A run of clocks of one client in an update, and the root its items belong to (if known yet). */
interface Run {
  readonly clock: number
  readonly length: number
  root: string | null
  readonly item: Y.Item
}

/**
 * The names of the roots of `doc` (`title`, `fields`, `wall`…) that a valid Yjs update (v1, already
 * checked by `assertValidUpdate`) would change: where its new items are inserted and which live items
 * it deletes. Returns null when some part cannot be attributed to a root: an item whose parent or
 * neighbours are neither in `doc` nor in the update, or a deletion of clocks `doc` has not seen (Yjs
 * would keep it pending and apply it to whatever arrives later, from anyone).
 *
 * Lets the server grant a connection the right to write some roots only (an atelier's participants
 * write the shared notes and the wall, not its details nor its session). Items `doc` already holds
 * and deletions of content already deleted change nothing, so they are ignored: a client's sync step 2
 * carries its whole delete set.
 */
export function rootsTouchedBy(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  const { structs, ds } = Y.decodeUpdate(update)
  const runs = new Map<number, Run[]>()
  const pending: Run[] = []
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const { client, clock } = struct.id
    if (clock + struct.length <= Y.getState(doc.store, client)) continue
    const run: Run = { clock, length: struct.length, root: null, item: struct }
    const ofClient = runs.get(client) ?? []
    ofClient.push(run)
    runs.set(client, ofClient)
    pending.push(run)
  }
  const touched = new Set<string>()
  // Items may refer to items decoded after them (another client's, in the same update): resolve
  // until nothing more can be.
  let unresolved = pending
  while (unresolved.length > 0) {
    const next = unresolved.filter((run) => {
      run.root = rootOfNewItem(doc, runs, run.item)
      if (run.root !== null) touched.add(run.root)
      return run.root === null
    })
    if (next.length === unresolved.length) return null
    unresolved = next
  }
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) {
      if (!addDeletedRoots(doc, runs, client, clock, len, touched)) return null
    }
  }
  return touched
}

/** The root of an item of the update, from its parent or, when it has none, its neighbours. */
function rootOfNewItem(doc: Y.Doc, runs: Map<number, Run[]>, item: Y.Item): string | null {
  // A decoded update names a root parent by its key, a nested one by its item's id.
  const parent: unknown = item.parent
  if (typeof parent === 'string') return parent
  if (parent instanceof Y.AbstractType) return rootOfType(parent)
  if (parent instanceof Y.ID) return rootOfItemAt(doc, runs, parent)
  for (const neighbour of [item.origin, item.rightOrigin]) {
    if (neighbour !== null) return rootOfItemAt(doc, runs, neighbour)
  }
  return null
}

/** The root holding the item that contains clock `id`, in the update or in `doc`. */
function rootOfItemAt(doc: Y.Doc, runs: Map<number, Run[]>, id: Y.ID): string | null {
  const run = runs.get(id.client)?.find((r) => r.clock <= id.clock && id.clock < r.clock + r.length)
  if (run !== undefined) return run.root
  if (id.clock >= Y.getState(doc.store, id.client)) return null
  const struct = Y.getItem(doc.store, id) as Y.Item | Y.GC
  return struct instanceof Y.Item ? rootOfIntegrated(struct) : null
}

/** The root of an item integrated in `doc`. */
function rootOfIntegrated(item: Y.Item): string | null {
  const parent: unknown = item.parent
  return parent instanceof Y.AbstractType ? rootOfType(parent) : null
}

/** The name of the root a type is or belongs to. */
function rootOfType(type: Y.AbstractType<unknown>): string | null {
  let current = type
  while (current._item !== null) {
    const parent: unknown = current._item.parent
    if (!(parent instanceof Y.AbstractType)) return null
    current = parent
  }
  if (current.doc === null) return null
  return Y.findRootTypeKey(current)
}

/**
 * Adds the roots of the live items a deletion of `len` clocks from `clock` removes; false when part
 * of it falls on clocks neither `doc` nor the update holds.
 */
function addDeletedRoots(
  doc: Y.Doc,
  runs: Map<number, Run[]>,
  client: number,
  clock: number,
  len: number,
  touched: Set<string>,
): boolean {
  const end = clock + len
  const known = Y.getState(doc.store, client)
  const structs = doc.store.clients.get(client) ?? []
  if (clock < known) {
    for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
      const struct = structs[index]
      if (struct === undefined || struct.id.clock >= end) break
      if (!(struct instanceof Y.Item) || struct.deleted) continue
      const root = rootOfIntegrated(struct)
      if (root === null) return false
      touched.add(root)
    }
  }
  // Clocks beyond what `doc` holds must be items of this very update.
  for (let at = Math.max(clock, known); at < end;) {
    const run = runs.get(client)?.find((r) => r.clock <= at && at < r.clock + r.length)
    if (run?.root == null) return false
    touched.add(run.root)
    at = run.clock + run.length
  }
  return true
}
