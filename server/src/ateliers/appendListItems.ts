import * as Y from 'yjs'

/** The values of one new list item: text as a string (written as Y.Text), numbers as numbers. */
export type ListItemValues = Readonly<Record<string, string | number>>

/**
 * Appends items to a list field (a Y.Array of Y.Map, see `ListFieldDefinition`) in the shape the
 * web app's list inputs write: a random `id`, an `order` after the last item's, text as Y.Text
 * (co-edited afterwards), numbers as numbers. Call inside a transaction
 * (`DocumentContent.change`); the field must exist (`initializeFields` creates every list of a new
 * document).
 */
export function appendListItems(list: Y.Array<unknown>, items: readonly ListItemValues[]): void {
  const orders = list
    .toArray()
    .map((item): unknown =>
      item instanceof Y.Map ? (item as Y.Map<unknown>).get('order') : undefined,
    )
    .filter((order): order is number => typeof order === 'number' && Number.isFinite(order))
  let order = orders.length === 0 ? 0 : Math.max(...orders)
  list.push(
    items.map((values) => {
      const item = new Y.Map<unknown>()
      order += 1
      item.set('id', crypto.randomUUID())
      item.set('order', order)
      for (const [name, value] of Object.entries(values)) {
        item.set(name, typeof value === 'string' ? new Y.Text(value) : value)
      }
      return item
    }),
  )
}

/** The list field `name` of a document's `fields` map; throws if it is missing or not a list. */
export function listFieldOf(fields: Y.Map<unknown>, name: string): Y.Array<unknown> {
  const list = fields.get(name)
  if (!(list instanceof Y.Array)) throw new Error(`the list field ${name} is missing`)
  return list
}
