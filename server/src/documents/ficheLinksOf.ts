import {
  DocumentKind,
  type FieldValue,
  type FieldValues,
  type ItemValues,
  type KindDefinition,
} from '@maillage/schema'

/**
 * The ids of the fiches action a document links to, in order: for each list field whose items have
 * a document link to a fiche action (read from the kind's definition, in its field order), the
 * linked ids of its items in list order; empty links are left out. Ids are not checked here.
 */
export function ficheLinksOf(definition: KindDefinition, values: FieldValues): string[] {
  const ids: string[] = []
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.type !== 'list') continue
      for (const itemField of field.fields) {
        if (itemField.type !== 'document-link' || itemField.kind !== DocumentKind.FicheAction) {
          continue
        }
        for (const item of itemsOf(values[field.name])) {
          const linked = item.values[itemField.name]
          if (typeof linked === 'string' && linked !== '') ids.push(linked)
        }
      }
    }
  }
  return ids
}

function itemsOf(value: FieldValue | undefined): readonly ItemValues[] {
  if (!Array.isArray(value)) return []
  return (value as readonly unknown[]).filter(
    (item): item is ItemValues => typeof item === 'object' && item !== null,
  )
}
