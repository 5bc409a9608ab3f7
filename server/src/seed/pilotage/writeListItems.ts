import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { FieldDefinition, KindDefinition, ListFieldDefinition } from '@maillage/schema'
import { fieldsOf } from '@maillage/schema'

/** The values of one list item to write: lists nest as arrays of items. */
export interface ItemSeed {
  readonly [name: string]: string | number | readonly string[] | readonly ItemSeed[] | undefined
}

function listDefinition(fields: readonly FieldDefinition[], name: string): ListFieldDefinition {
  const field = fields.find((candidate) => candidate.name === name)
  if (field?.type !== 'list') throw new TypeError(`${name} is not a list field`)
  return field
}

/** One value as the web app's inputs write it: text as Y.Text, multi-choice as a Y.Map of ticks. */
function sharedValueOf(field: FieldDefinition, value: ItemSeed[string]): unknown {
  if (field.type === 'text')
    return new Y.Text(typeof value === 'number' ? String(value) : (value as string))
  if (field.type === 'multi-choice') {
    const ticked = new Y.Map<boolean>()
    for (const option of value as readonly string[]) ticked.set(option, true)
    return ticked
  }
  if (field.type === 'list') {
    const nested = new Y.Array<Y.Map<unknown>>()
    nested.push(itemsOf(field, value as readonly ItemSeed[]))
    return nested
  }
  return value
}

function itemsOf(list: ListFieldDefinition, items: readonly ItemSeed[]): Y.Map<unknown>[] {
  return items.map((values, index) => {
    const item = new Y.Map<unknown>()
    item.set('id', randomUUID())
    item.set('order', index + 1)
    for (const field of list.fields) {
      const value = values[field.name]
      if (value !== undefined) item.set(field.name, sharedValueOf(field, value))
      // Empty text and list items get their shared type, as a new item of the web app has.
      else if (field.type === 'text') item.set(field.name, new Y.Text())
      else if (field.type === 'list') item.set(field.name, new Y.Array())
      else if (field.type === 'multi-choice') item.set(field.name, new Y.Map())
    }
    return item
  })
}

/**
 * Fills the empty list field `name` of a new document's `fields` map (created by
 * `initializeFields`) with `items`, in the shape the web app's list inputs write (random `id`,
 * `order` from 1, text as Y.Text, nested lists as Y.Array of Y.Map), so that people co-edit them
 * afterwards as their own. Call inside a transaction (`DocumentContent.change`).
 */
export function writeListItems(
  fields: Y.Map<unknown>,
  kind: KindDefinition,
  name: string,
  items: readonly ItemSeed[],
): void {
  const list = fields.get(name)
  if (!(list instanceof Y.Array)) throw new Error(`the list field ${name} is missing`)
  list.push(itemsOf(listDefinition(fieldsOf(kind), name), items))
}
