import type {
  FieldDefinition,
  FieldValue,
  FieldValues,
  ItemValues,
  KindDefinition,
} from '@maillage/schema'

/**
 * The ids of every document the document-link fields of `values` name (top-level fields and list
 * items, at any depth), each once, in field order; empty links left out. Ids are not checked.
 */
export function documentLinksOf(definition: KindDefinition, values: FieldValues): string[] {
  const ids = new Set<string>()
  for (const section of definition.sections) collect(section.fields, values, ids)
  return [...ids]
}

function collect(
  fields: readonly FieldDefinition[],
  values: Readonly<Record<string, FieldValue>>,
  ids: Set<string>,
): void {
  for (const field of fields) {
    const value = values[field.name]
    if (field.type === 'document-link' && typeof value === 'string' && value !== '') ids.add(value)
    if (field.type !== 'list' || !Array.isArray(value)) continue
    for (const item of value as readonly ItemValues[]) collect(field.fields, item.values, ids)
  }
}
