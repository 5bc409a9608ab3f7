import * as Y from 'yjs'

/** One item to add to a list field, as a client (the web app) writes it. */
export interface NewListItem {
  readonly id: string
  /** Fractional position: moving an item only changes its own `order`. */
  readonly order: number
  /** Text fields of the item, each written as a Y.Text. */
  readonly text?: Readonly<Record<string, string>>
  /** Other values of the item (choices, dates, links, numbers), written as they are. */
  readonly values?: Readonly<Record<string, string | number>>
}

/** Appends an item (a Y.Map) to the list field `name` of a document's `fields` map. */
export function addListItem(fields: Y.Map<unknown>, name: string, item: NewListItem): void {
  const list = fields.get(name)
  if (!(list instanceof Y.Array)) throw new Error(`the field ${name} is not a Y.Array`)
  const map = new Y.Map<unknown>()
  map.set('id', item.id)
  map.set('order', item.order)
  for (const [key, value] of Object.entries(item.text ?? {})) map.set(key, new Y.Text(value))
  for (const [key, value] of Object.entries(item.values ?? {})) map.set(key, value)
  list.push([map])
}

/** The item of list field `name` whose `id` is `id`; throws if there is none. */
export function listItem(fields: Y.Map<unknown>, name: string, id: string): Y.Map<unknown> {
  const list = fields.get(name)
  if (!(list instanceof Y.Array)) throw new Error(`the field ${name} is not a Y.Array`)
  const found = (list.toArray() as unknown[]).find(
    (item): item is Y.Map<unknown> => item instanceof Y.Map && item.get('id') === id,
  )
  if (found === undefined) throw new Error(`no item ${id} in ${name}`)
  return found
}

/** The Y.Text of field `name` in a `fields` map (or a list item); throws if it is not one. */
export function textField(fields: Y.Map<unknown>, name: string): Y.Text {
  const text = fields.get(name)
  if (!(text instanceof Y.Text)) throw new Error(`the field ${name} is not a Y.Text`)
  return text
}
