import type { FieldDefinition } from '../FieldDefinition.ts'
import type { FieldValue } from '../FieldValues.ts'

/**
 * The value a field reads as when it is absent or invalid: `''` for text, choice, date, time and
 * document link, `null` for a number, `[]` for a multi-choice or a list.
 */
export function emptyValueOf(field: FieldDefinition): FieldValue {
  switch (field.type) {
    case 'text':
    case 'choice':
    case 'date':
    case 'time':
    case 'document-link':
      return ''
    case 'number':
      return null
    case 'multi-choice':
    case 'list':
      return []
    default: {
      const unknownField: never = field
      return unknownField
    }
  }
}
