import type { FieldDefinition } from '../FieldDefinition.ts'
import type { KindDefinition } from '../KindDefinition.ts'

/** The fields of a kind in display order (its sections flattened), or the given fields as they are. */
export function fieldsOf(
  definition: KindDefinition | readonly FieldDefinition[],
): readonly FieldDefinition[] {
  if (isFieldList(definition)) return definition
  return definition.sections.flatMap((section) => section.fields)
}

function isFieldList(
  definition: KindDefinition | readonly FieldDefinition[],
): definition is readonly FieldDefinition[] {
  return Array.isArray(definition)
}
