import * as Y from 'yjs'
import type { FieldDefinition, KindDefinition } from '@maillage/schema'

/**
 * Gives every field of a kind its initial value in a new document's `fields` map, so that clients
 * find the shared types in place and never race to create them (two clients each setting a new
 * Y.Text under one key would lose one of them): text → Y.Text, multi-choice → Y.Map, list →
 * Y.Array, choice, date and document link → `''` (the status field → the first status); numbers
 * stay absent until someone enters one. Call inside the transaction that creates the document.
 */
export function initializeFields(fields: Y.Map<unknown>, definition: KindDefinition): void {
  const firstStatus = definition.statuses[0]?.value ?? ''
  for (const section of definition.sections) {
    for (const field of section.fields) {
      const initial = field.name === definition.statusField ? firstStatus : initialValueOf(field)
      if (initial !== undefined) fields.set(field.name, initial)
    }
  }
}

function initialValueOf(field: FieldDefinition): unknown {
  switch (field.type) {
    case 'text':
      return new Y.Text()
    case 'multi-choice':
      return new Y.Map<boolean>()
    case 'list':
      return new Y.Array<Y.Map<unknown>>()
    case 'choice':
    case 'date':
    case 'time':
    case 'document-link':
      return ''
    case 'number':
      return undefined
    default: {
      const unknown: never = field
      throw new Error(`unknown field type ${JSON.stringify(unknown)}`)
    }
  }
}
