import * as Y from 'yjs'
import { MAX_RICH_TEXT_DEPTH } from './documentShape.ts'

/**
 * Where a shared type sits in a document: the root it belongs to, the key of the root's child it
 * is or descends from (null when the root is not a map, or for the root itself), and how many
 * shared types lead to it from the root (the root is 0, its child 1).
 */
export interface Place {
  readonly root: string
  readonly key: string | null
  readonly depth: number
}

/**
 * What a new item hangs from: a {@link Place}; `discarded` when it hangs from deleted content
 * (Yjs then drops it: nothing to check); `unknown` when neither the document nor the update holds
 * what it refers to (Yjs would keep it pending and integrate it whenever that arrives).
 */
export type Resolved = Place | 'discarded' | 'unknown'

/** Deeper than any limit: a document type is not walked up further than this. */
const WALK_LIMIT = MAX_RICH_TEXT_DEPTH + 1

/** Where an item is integrated: its parent's place, and its key there (map entries). */
interface Placement {
  readonly parent: Resolved
  readonly key: string | null
}

const UNKNOWN: Placement = { parent: 'unknown', key: null }

/** One step from an item of the update towards its placement. */
type Step = { readonly end: Placement } | { readonly via: 'child' | 'same'; readonly next: Y.Item }

/**
 * Resolves where the new items of a decoded update would be integrated into `doc`, following
 * parents and neighbours the way Yjs does (in `doc` when it holds that clock, in the update
 * otherwise). Iterative and memoised: linear in the update, whatever its nesting, and never
 * deeper than {@link WALK_LIMIT} steps up the document.
 */
export class UpdatePlaces {
  readonly #doc: Y.Doc
  readonly #byClient = new Map<number, Y.Item[]>()
  readonly #placements = new Map<Y.Item, Placement>()

  /** `items`: the update's items that `doc` does not hold yet, in the update's order. */
  constructor(doc: Y.Doc, items: readonly Y.Item[]) {
    this.#doc = doc
    for (const item of items) {
      const ofClient = this.#byClient.get(item.id.client) ?? []
      ofClient.push(item)
      this.#byClient.set(item.id.client, ofClient)
    }
    for (const ofClient of this.#byClient.values()) ofClient.sort((a, b) => a.id.clock - b.id.clock)
  }

  /** Where the type a new item of type content creates would sit. */
  placeOfType(item: Y.Item): Resolved {
    const { parent, key } = this.#placementOf(item)
    return childOf(parent, key)
  }

  #placementOf(start: Y.Item): Placement {
    // Each link says how an item's placement follows from the next item's: the next item is its
    // parent (`child`), or a neighbour it shares parent and key with (`same`); `end` items know.
    const chain: { item: Y.Item; via: 'child' | 'same' | 'end' }[] = []
    const visiting = new Set<Y.Item>()
    let current = start
    let placement: Placement
    for (;;) {
      const known = this.#placements.get(current)
      if (known !== undefined) {
        placement = known
        break
      }
      if (visiting.has(current)) {
        placement = UNKNOWN
        break
      }
      visiting.add(current)
      const step = this.#stepOf(current)
      if ('end' in step) {
        chain.push({ item: current, via: 'end' })
        placement = step.end
        break
      }
      chain.push({ item: current, via: step.via })
      current = step.next
    }
    // `placement` is that of `current`; walk back to `start`.
    for (let index = chain.length - 1; index >= 0; index--) {
      const link = chain[index]
      if (link === undefined) continue
      if (link.via === 'child') {
        placement = { parent: childOf(placement.parent, placement.key), key: link.item.parentSub }
      }
      this.#placements.set(link.item, placement)
    }
    return placement
  }

  /** The shared type a map entry of the update goes into: a document type, a root, or new. */
  mapOf(item: Y.Item): Y.AbstractType<unknown> | Y.Item | string | null {
    const parent: unknown = item.parent
    if (typeof parent === 'string') return parent
    if (!(parent instanceof Y.ID)) return null
    if (parent.clock >= Y.getState(this.#doc.store, parent.client))
      return this.#find(parent) ?? null
    const struct = Y.getItem(this.#doc.store, parent) as Y.Item | Y.GC
    return struct instanceof Y.Item && struct.content instanceof Y.ContentType
      ? struct.content.type
      : null
  }

  #stepOf(item: Y.Item): Step {
    const parent: unknown = item.parent
    const key = item.parentSub
    if (typeof parent === 'string')
      return { end: { parent: { root: parent, key: null, depth: 0 }, key } }
    if (parent instanceof Y.ID) {
      if (this.#isStored(parent)) return { end: { parent: this.#placeOfStoredType(parent), key } }
      const type = this.#find(parent)
      if (type === undefined || !(type.content instanceof Y.ContentType)) return { end: UNKNOWN }
      return { via: 'child', next: type }
    }
    if (parent !== null) return { end: UNKNOWN }
    // Inserted next to a neighbour: Yjs gives it the parent and key of its left (else right) one.
    const neighbour = item.origin ?? item.rightOrigin
    if (neighbour === null) return { end: UNKNOWN }
    if (this.#isStored(neighbour)) return { end: this.#placementOfStored(neighbour) }
    const found = this.#find(neighbour)
    return found === undefined ? { end: UNKNOWN } : { via: 'same', next: found }
  }

  #isStored(id: Y.ID): boolean {
    return id.clock < Y.getState(this.#doc.store, id.client)
  }

  /** The item of the update holding clock `id`, if any (items sorted by clock). */
  #find(id: Y.ID): Y.Item | undefined {
    const ofClient = this.#byClient.get(id.client)
    if (ofClient === undefined) return undefined
    let low = 0
    let high = ofClient.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const item = ofClient[middle]
      if (item === undefined) return undefined
      if (id.clock < item.id.clock) high = middle - 1
      else if (id.clock >= item.id.clock + item.length) low = middle + 1
      else return item
    }
    return undefined
  }

  /** Where the type created by the stored item `id` sits. */
  #placeOfStoredType(id: Y.ID): Resolved {
    const struct = Y.getItem(this.#doc.store, id) as Y.Item | Y.GC
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted)
      return 'discarded'
    if (!(struct.content instanceof Y.ContentType)) return 'unknown'
    return placeOfStored(struct.content.type)
  }

  /** The placement of the stored item `id` (a new item next to it shares it). */
  #placementOfStored(id: Y.ID): Placement {
    const struct = Y.getItem(this.#doc.store, id) as Y.Item | Y.GC
    if (!(struct instanceof Y.Item)) return { parent: 'discarded', key: null }
    const parent: unknown = struct.parent
    return {
      parent: parent instanceof Y.AbstractType ? placeOfStored(parent) : 'discarded',
      key: struct.parentSub,
    }
  }
}

/** The place of a type hanging at `key` (a map entry's key, or null) from a type at `parent`. */
function childOf(parent: Resolved, key: string | null): Resolved {
  if (typeof parent === 'string') return parent
  return { root: parent.root, key: parent.depth === 0 ? key : parent.key, depth: parent.depth + 1 }
}

/** Where a type integrated in a document sits; walked up at most {@link WALK_LIMIT} types. */
function placeOfStored(type: Y.AbstractType<unknown>): Resolved {
  let current = type
  let depth = 0
  let key: string | null = null
  while (current._item !== null) {
    if (depth >= WALK_LIMIT) return { root: '', key: null, depth: Number.POSITIVE_INFINITY }
    const item = current._item
    const parent: unknown = item.parent
    if (!(parent instanceof Y.AbstractType)) return 'discarded'
    depth += 1
    key = item.parentSub
    current = parent
  }
  if (current.doc === null) return 'discarded'
  return { root: Y.findRootTypeKey(current), key: depth === 0 ? null : key, depth }
}
