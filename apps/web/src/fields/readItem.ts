import type * as Y from 'yjs'
import { readFields, type FieldDefinition, type ItemValues } from '@maillage/schema'
import { readBoundedJson } from '../collaboration/index.ts'

/** A list item's Y.Map read and validated like the rest of the fields (wrong types read as empty). */
export function readItem(item: Y.Map<unknown>, fields: readonly FieldDefinition[]): ItemValues {
  const id = item.get('id')
  const order = item.get('order')
  return {
    id: typeof id === 'string' ? id : '',
    order: typeof order === 'number' ? order : 0,
    values: readFields(fields, readBoundedJson(item)).values,
  }
}
