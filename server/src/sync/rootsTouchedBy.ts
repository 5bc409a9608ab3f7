import * as Y from 'yjs'

/** An item new to the document, and the root it belongs to once resolved (null: unknown). */
interface Run {
  readonly clock: number
  readonly length: number
  readonly item: Y.Item
  root: string | null | undefined
  visiting: boolean
}

/** What an item hangs from: a root by name, or another item by id (its parent or neighbour). */
type Dependency = { readonly root: string } | { readonly id: Y.ID } | null

/**
 * The names of the roots of `doc` (`title`, `fields`, `wall`…) that a valid Yjs update (v1, already
 * checked by `assertValidUpdate`) would change: where its new items are inserted and which live items
 * it deletes. Returns null when some part cannot be attributed to a root: an item whose parent or
 * neighbours are neither in `doc` nor in the update, an item that overlaps clocks `doc` already holds
 * (an honest client sends updates cut at the server's state), or a deletion of clocks `doc` has not
 * seen (Yjs would keep it pending and apply it to whatever arrives later, from anyone).
 *
 * Lets the server grant a connection the right to write some roots only (an atelier's participants
 * write the shared notes and the wall, not its details nor its session). Items `doc` already holds
 * entirely and deletions of content already deleted change nothing, so they are ignored: a client's
 * sync step 2 carries its whole delete set.
 *
 * What an id refers to is looked up the way Yjs integrates it: in `doc` when `doc` holds that clock,
 * in the update otherwise. Each item is resolved once (memoised, iteratively), so the cost is linear
 * in the size of the update and of the deleted ranges, whatever order its items come in.
 */
export function rootsTouchedBy(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  const { structs, ds } = Y.decodeUpdate(update)
  const runs = new Map<number, Run[]>()
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const { client, clock } = struct.id
    const known = Y.getState(doc.store, client)
    if (clock + struct.length <= known) continue
    if (clock < known) return null
    const ofClient = runs.get(client) ?? []
    ofClient.push({ clock, length: struct.length, item: struct, root: undefined, visiting: false })
    runs.set(client, ofClient)
  }
  for (const ofClient of runs.values()) ofClient.sort((a, b) => a.clock - b.clock)
  const touched = new Set<string>()
  for (const ofClient of runs.values()) {
    for (const run of ofClient) {
      const root = resolve(doc, runs, run)
      if (root === null) return null
      touched.add(root)
    }
  }
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of mergeRanges(deletions)) {
      if (!addDeletedRoots(doc, runs, client, clock, len, touched)) return null
    }
  }
  return touched
}

/**
 * The root of a new item, following its dependencies through the update until one is a root, an
 * item of `doc`, or unknown; every item met on the way gets the same answer. A cycle is unknown.
 */
function resolve(doc: Y.Doc, runs: Map<number, Run[]>, start: Run): string | null {
  const chain: Run[] = []
  let current = start
  let root: string | null
  for (;;) {
    if (current.root !== undefined) {
      root = current.root
      break
    }
    if (current.visiting) {
      root = null
      break
    }
    current.visiting = true
    chain.push(current)
    const dependency = dependencyOf(current.item)
    if (dependency === null || 'root' in dependency) {
      root = dependency?.root ?? null
      break
    }
    const { id } = dependency
    if (id.clock < Y.getState(doc.store, id.client)) {
      root = rootOfStoredItem(doc, id)
      break
    }
    const next = findRun(runs, id)
    if (next === undefined) {
      root = null
      break
    }
    current = next
  }
  for (const run of chain) {
    run.root = root
    run.visiting = false
  }
  return root
}

/** A decoded item's parent: a root named by its key, a nested type by its item's id, or else
 * (inserted between neighbours) the neighbour whose parent it shares. */
function dependencyOf(item: Y.Item): Dependency {
  const parent: unknown = item.parent
  if (typeof parent === 'string') return { root: parent }
  if (parent instanceof Y.AbstractType) {
    const root = rootOfType(parent)
    return root === null ? null : { root }
  }
  if (parent instanceof Y.ID) return { id: parent }
  const neighbour = item.origin ?? item.rightOrigin
  return neighbour === null ? null : { id: neighbour }
}

/** The run of the update holding clock `id` (runs sorted by clock), if any. */
function findRun(runs: Map<number, Run[]>, id: Y.ID): Run | undefined {
  const ofClient = runs.get(id.client)
  if (ofClient === undefined) return undefined
  let low = 0
  let high = ofClient.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const run = ofClient[middle]
    if (run === undefined) return undefined
    if (id.clock < run.clock) high = middle - 1
    else if (id.clock >= run.clock + run.length) low = middle + 1
    else return run
  }
  return undefined
}

/** The root of the item of `doc` holding clock `id` (which `doc` holds); null for GC'd content. */
function rootOfStoredItem(doc: Y.Doc, id: Y.ID): string | null {
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

/** Deleted ranges of one client sorted and merged, so that no clock is visited twice. */
function mergeRanges(
  ranges: readonly { readonly clock: number; readonly len: number }[],
): { clock: number; len: number }[] {
  const sorted = [...ranges].sort((a, b) => a.clock - b.clock)
  const merged: { clock: number; len: number }[] = []
  for (const { clock, len } of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && clock <= last.clock + last.len) {
      last.len = Math.max(last.len, clock + len - last.clock)
    } else {
      merged.push({ clock, len })
    }
  }
  return merged
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
    const run = findRun(runs, Y.createID(client, at))
    if (run?.root == null) return false
    touched.add(run.root)
    at = run.clock + run.length
  }
  return true
}
