import * as Y from 'yjs'
import type { ListFieldDefinition } from '@maillage/schema'
import { todayIsoDay } from './validateMeasurement.ts'

/**
 * Fills the stamp of an item a person adds to a list whose definition asks for one
 * (`stampItems`): their name in the `by` line field, today (network's time zone) in the `on` date
 * field; the item is not yet in the document. Without a name (nobody signed in) only the day.
 */
export function stampItem(
  item: Y.Map<unknown>,
  field: ListFieldDefinition,
  personName: string | undefined,
  now: Date = new Date(),
): void {
  const stamp = field.stampItems
  if (stamp === undefined) return
  const by = field.fields.find((child) => child.name === stamp.by)
  const on = field.fields.find((child) => child.name === stamp.on)
  if (by?.type === 'text' && personName !== undefined && personName !== '') {
    item.set(stamp.by, new Y.Text(personName))
  }
  if (on?.type === 'date') item.set(stamp.on, todayIsoDay(now))
}
