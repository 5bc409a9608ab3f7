import * as Y from 'yjs'
import { maxTypeDepth } from './documentShape.ts'
import { mayChangeShape } from './mayChangeShape.ts'
import { UpdatePlaces } from './UpdatePlaces.ts'
import { UpdateShapeError, UpdateShapeErrorCode } from './UpdateShapeError.ts'

/** Most shared types (maps, arrays, texts, XML elements) one client update may create. */
export const MAX_NEW_TYPES_PER_UPDATE = 10_000

/**
 * Most keys one Y.Map may hold (`fields` of the richest kind has about 60; a sticky note's votes
 * one per voter). Keys deleted still count: Yjs keeps their last entry.
 */
export const MAX_KEYS_PER_MAP = 1_000

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/**
 * Checks, before a client's Yjs update (v1, already checked by `assertValidUpdate`) is applied to
 * `doc`, that it writes nothing a document may not
 * hold: no shared type nested deeper than its root allows (`fields` as the kinds shape each field,
 * see `documentShape.ts`), at most {@link MAX_NEW_TYPES_PER_UPDATE} new types, at most
 * {@link MAX_KEYS_PER_MAP} keys in any map, no subdocument, and no new type or map key hanging
 * from something neither `doc` nor the update holds. Throws {@link UpdateShapeError}.
 *
 * Without it one contributeur could write 20,000 nested maps that every recursive reader (the
 * web app, the index, the export) overflows its stack on. Cost: a scan of the update's bytes
 * (`mayChangeShape`); only updates that create types or add map keys are decoded and placed, so
 * text typed and deleted pays next to nothing.
 */
export function assertUpdateShape(doc: Y.Doc, update: Uint8Array): void {
  if (!mayChangeShape(update)) return
  const items = newItemsOf(doc, Y.decodeUpdate(update).structs)
  if (!items.some(changesShape)) return
  const places = new UpdatePlaces(doc, items)
  let newTypes = 0
  const newKeys = new Map<Y.AbstractType<unknown> | Y.Item | string, Set<string>>()
  for (const item of items) {
    if (item.content instanceof Y.ContentDoc) {
      throw new UpdateShapeError(UpdateShapeErrorCode.Subdocument, `item ${idOf(item)}`)
    }
    if (item.content instanceof Y.ContentType) {
      newTypes += 1
      if (newTypes > MAX_NEW_TYPES_PER_UPDATE) {
        throw new UpdateShapeError(
          UpdateShapeErrorCode.TooManyTypes,
          `more than ${MAX_NEW_TYPES_PER_UPDATE} new shared types`,
        )
      }
      assertDepth(item, places.placeOfType(item))
    }
    if (item.parentSub !== null) addNewKey(doc, places, newKeys, item)
  }
}

/** The update's items that `doc` does not hold yet (an honest sync step 2 repeats known ones). */
function newItemsOf(doc: Y.Doc, structs: DecodedUpdate['structs']): Y.Item[] {
  const items: Y.Item[] = []
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const { client, clock } = struct.id
    if (clock + struct.length > Y.getState(doc.store, client)) items.push(struct)
  }
  return items
}

/** Whether an item creates a type or a subdocument, or sets a map key. */
function changesShape(item: Y.Item): boolean {
  return (
    item.content instanceof Y.ContentType ||
    item.content instanceof Y.ContentDoc ||
    item.parentSub !== null
  )
}

function assertDepth(item: Y.Item, place: ReturnType<UpdatePlaces['placeOfType']>): void {
  if (place === 'discarded') return
  if (place === 'unknown') {
    throw new UpdateShapeError(
      UpdateShapeErrorCode.Unresolved,
      `new type ${idOf(item)} hangs from content the server does not have`,
    )
  }
  const allowed = maxTypeDepth(place.root, place.key)
  if (place.depth > allowed) {
    const where = place.key === null ? place.root : `${place.root}.${place.key}`
    throw new UpdateShapeError(
      UpdateShapeErrorCode.TooDeep,
      `new type ${idOf(item)} nests ${place.depth} deep under ${where || 'a too deep type'} (at most ${allowed})`,
    )
  }
}

/** Counts a map entry's key if its map does not hold it yet, and checks the map's size. */
function addNewKey(
  doc: Y.Doc,
  places: UpdatePlaces,
  newKeys: Map<Y.AbstractType<unknown> | Y.Item | string, Set<string>>,
  item: Y.Item,
): void {
  const key = item.parentSub
  const map = places.mapOf(item)
  if (key === null || map === null) return
  const existing = typeof map === 'string' ? doc.share.get(map) : map
  const held = existing instanceof Y.AbstractType ? existing._map : undefined
  if (held?.has(key) === true) return
  const keys = newKeys.get(map) ?? new Set<string>()
  keys.add(key)
  newKeys.set(map, keys)
  if ((held?.size ?? 0) + keys.size > MAX_KEYS_PER_MAP) {
    throw new UpdateShapeError(
      UpdateShapeErrorCode.TooManyKeys,
      `a map would hold more than ${MAX_KEYS_PER_MAP} keys`,
    )
  }
}

function idOf(item: Y.Item): string {
  return `${item.id.client}:${item.id.clock}`
}
