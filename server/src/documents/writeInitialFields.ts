import * as Y from 'yjs'
import { fieldsOf, readFields, type KindDefinition } from '@maillage/schema'

/**
 * Initial values of some fields of a new document, in the shape `fields.toJSON()` gives: text and
 * choice as strings, multi-choice as `{ option: true }`, numbers as numbers.
 */
export type InitialFieldValues = Readonly<Record<string, unknown>>

/**
 * Checks initial values with `readFields` (as every client reads them); throws a `TypeError` naming
 * the fields of the wrong type, unknown, or lists (not seeded this way). Callers are the server's
 * own seeds and workflows, so a bad value is a programming error.
 */
export function assertValidInitialFields(
  definition: KindDefinition,
  initial: InitialFieldValues,
): void {
  const { problems } = readFields(definition, initial)
  const names = new Map(fieldsOf(definition).map((field) => [field.name, field.type]))
  const wrong = [
    ...problems.map((problem) => problem.path.join('.')),
    ...Object.keys(initial).filter((name) => (names.get(name) ?? 'list') === 'list'),
  ]
  if (wrong.length > 0) {
    throw new TypeError(`invalid initial fields of ${definition.kind}: ${wrong.join(', ')}`)
  }
}

/**
 * Writes `initial` (checked by {@link assertValidInitialFields}) over the freshly initialised
 * `fields` map of a new document, inside its creation transaction.
 */
export function writeInitialFields(
  fields: Y.Map<unknown>,
  definition: KindDefinition,
  initial: InitialFieldValues,
): void {
  const byName = new Map(fieldsOf(definition).map((field) => [field.name, field]))
  for (const [name, value] of Object.entries(initial)) {
    const field = byName.get(name)
    if (field === undefined) throw new TypeError(`unknown field ${name} of ${definition.kind}`)
    switch (field.type) {
      case 'text':
        fields.set(name, new Y.Text(String(value)))
        break
      case 'multi-choice': {
        const ticked = new Y.Map<boolean>()
        for (const [option, on] of Object.entries(value as Record<string, unknown>)) {
          if (on === true) ticked.set(option, true)
        }
        fields.set(name, ticked)
        break
      }
      case 'choice':
      case 'date':
      case 'time':
      case 'number':
      case 'document-link':
        fields.set(name, value)
        break
      case 'list':
        throw new TypeError(`list field ${name} cannot be given an initial value`)
      default: {
        const unknown: never = field
        throw new Error(`unknown field type ${JSON.stringify(unknown)}`)
      }
    }
  }
}
