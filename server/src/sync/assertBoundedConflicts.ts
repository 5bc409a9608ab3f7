import * as Y from 'yjs'
import { UpdateShapeError, UpdateShapeErrorCode } from './UpdateShapeError.ts'

/**
 * Most items of the document that Yjs may have to step over, summed over the new items of one
 * client update, to place them among concurrent insertions. An honest edit steps over the few
 * items others inserted at the same place meanwhile; a concurrent paste at the start of a long
 * list, over that list once (the largest real document at hand has about 11,000 structs).
 */
export const MAX_CONFLICT_STEPS_PER_UPDATE = 100_000

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number]

/** A shared type as the document holds it. */
type SharedType = NonNullable<ReturnType<Y.Doc['share']['get']>>

/**
 * Checks, before a client's Yjs update is applied to `doc`, that placing its new items costs at
 * most {@link MAX_CONFLICT_STEPS_PER_UPDATE} steps. Throws {@link UpdateShapeError}
 * (`SYNC_UPDATE_TOO_COSTLY`).
 *
 * Why: Yjs places an item by walking, from its left origin, over the items that lie before its
 * right origin and were inserted at the same place (its conflict resolution). Thousands of
 * insertions at one place by one client id, then thousands more at the same place by a higher
 * client id, make each of the second's items walk over all of the first's: 3,000 of each took
 * 2.7 s of one core, 10,000 21 s, while every other connection waited. The estimate follows Yjs:
 * an item whose left origin the document holds (or which starts its list) walks from there to
 * its right origin; an item whose right origin is a new item inserted at the same place walks
 * as far as that item did (that is how the attack chains them). Items placed after a new item of
 * the update conflict only with the update's own, and are not counted. Linear in the update;
 * every walk stops at the remaining budget.
 */
export function assertBoundedConflicts(doc: Y.Doc, structs: readonly Struct[]): void {
  const steps = countConflictSteps(doc, structs, MAX_CONFLICT_STEPS_PER_UPDATE)
  if (steps > MAX_CONFLICT_STEPS_PER_UPDATE) {
    throw new UpdateShapeError(
      UpdateShapeErrorCode.TooCostly,
      `placing the update's items would step over more than ${MAX_CONFLICT_STEPS_PER_UPDATE} items`,
    )
  }
}

/**
 * The steps {@link assertBoundedConflicts} estimates for placing the new items of `structs` into
 * `doc`; counting stops once past `limit` (the result is then some number above it).
 */
export function countConflictSteps(doc: Y.Doc, structs: readonly Struct[], limit: number): number {
  const fresh = freshItems(doc, structs)
  const estimate = new ConflictEstimate(doc, fresh, limit)
  for (const ofClient of fresh.values()) {
    for (const item of ofClient.values()) {
      estimate.add(item)
      if (estimate.total > limit) return estimate.total
    }
  }
  return estimate.total
}

/** The update's items that `doc` does not hold yet, by client id then by their first clock. */
type FreshItems = Map<number, Map<number, Y.Item>>

function freshItems(doc: Y.Doc, structs: readonly Struct[]): FreshItems {
  const items: FreshItems = new Map()
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const { client, clock } = struct.id
    if (clock + struct.length <= Y.getState(doc.store, client)) continue
    let ofClient = items.get(client)
    if (ofClient === undefined) {
      ofClient = new Map()
      items.set(client, ofClient)
    }
    ofClient.set(clock, struct)
  }
  return items
}

/** What an item is placed against: an item of the document, the end of its list, or nothing. */
type Target = Y.Item | null | 'none'

class ConflictEstimate {
  readonly #doc: Y.Doc
  readonly #fresh: FreshItems
  readonly #limit: number
  readonly #steps = new Map<Y.Item, number>()
  #total = 0

  constructor(doc: Y.Doc, fresh: FreshItems, limit: number) {
    this.#doc = doc
    this.#fresh = fresh
    this.#limit = limit
  }

  /** The steps counted so far. */
  get total(): number {
    return this.#total
  }

  /** Adds the steps of `item` (and of the chain it inherits from) to the total. */
  add(item: Y.Item): void {
    // The chain of right origins at the same place, resolved from its far end (no recursion).
    const chain: Y.Item[] = []
    let current: Y.Item | undefined = item
    while (current !== undefined && !this.#steps.has(current)) {
      chain.push(current)
      current = this.#sameSpotRight(current)
    }
    let inherited = current === undefined ? 0 : (this.#steps.get(current) ?? 0)
    for (const link of chain.reverse()) {
      inherited += this.#walk(link)
      this.#steps.set(link, inherited)
      this.#total += inherited
      if (this.#total > this.#limit) return
    }
  }

  /** The new item that `item`'s right origin names, when it was inserted at the same place. */
  #sameSpotRight(item: Y.Item): Y.Item | undefined {
    const right = item.rightOrigin === null ? undefined : this.#freshAt(item.rightOrigin)
    if (right === undefined) return undefined
    // With no left origin, an item's parent is its right origin's: both start the same list.
    const sameOrigin =
      item.origin === null
        ? right.origin === null
        : right.origin !== null && Y.compareIDs(item.origin, right.origin)
    return sameOrigin ? right : undefined
  }

  /** Items of the document between `item`'s left origin and its right origin. */
  #walk(item: Y.Item): number {
    if (item.origin !== null && this.#freshAt(item.origin) !== undefined) return 0
    const start = this.#startOf(item)
    const target = this.#targetOf(item)
    if (start === 'none' || target === 'none') return 0
    const budget = this.#limit - this.#total + 1
    let steps = 0
    for (let o = start; o !== null && o !== target && steps <= budget; o = o.right) steps += 1
    return steps
  }

  /** The first item Yjs looks at: right of the left origin, or the start of the list. */
  #startOf(item: Y.Item): Target {
    if (item.origin !== null) {
      const left = this.#held(item.origin)
      if (left === 'none' || left === null) return 'none'
      // An origin inside a struct the document holds merged: Yjs splits it there, and what
      // follows the origin is the rest of that struct.
      const last = left.id.clock + left.length - 1
      return item.origin.clock < last ? left : left.right
    }
    const parent = this.#parentType(item)
    if (parent === null) return 'none'
    if (item.parentSub === null) return parent._start
    let first = parent._map.get(item.parentSub) ?? null
    while (first !== null && first.left !== null) first = first.left
    return first
  }

  /** Where the walk stops: the right origin when the document holds it, else the list's end. */
  #targetOf(item: Y.Item): Target {
    if (item.rightOrigin === null) return null
    // A right origin among the new items: counted through the chain (see `#sameSpotRight`).
    if (this.#freshAt(item.rightOrigin) !== undefined) return 'none'
    return this.#held(item.rightOrigin)
  }

  /** The document's item holding `id`; `'none'` when it lacks it or it was collected. */
  #held(id: Y.ID): Target {
    if (Y.getState(this.#doc.store, id.client) <= id.clock) return 'none'
    const struct = Y.getItem(this.#doc.store, id)
    return struct instanceof Y.Item ? struct : 'none'
  }

  /** The shared type a list item with no left origin starts, when the document holds it. */
  #parentType(item: Y.Item): SharedType | null {
    const { parent } = item
    // Yjs writes no parent when an origin names it: it is the right origin's.
    if (parent === null && item.rightOrigin !== null) {
      const right = this.#held(item.rightOrigin)
      return right === 'none' || right === null ? null : asType(right.parent)
    }
    if (typeof parent === 'string') return this.#doc.share.get(parent) ?? null
    if (!(parent instanceof Y.ID)) return null
    const held = this.#held(parent)
    if (held === 'none' || held === null) return null
    return held.content instanceof Y.ContentType ? held.content.type : null
  }

  #freshAt(id: Y.ID): Y.Item | undefined {
    return this.#fresh.get(id.client)?.get(id.clock)
  }
}

function asType(parent: Y.Item['parent']): SharedType | null {
  return parent instanceof Y.AbstractType ? parent : null
}
