import type {
  ChoiceFieldDefinition,
  ChoiceOption,
  DateFieldDefinition,
  TimeFieldDefinition,
  DocumentLinkFieldDefinition,
  FieldDefinition,
  ListFieldDefinition,
  ListItemStamp,
  MultiChoiceFieldDefinition,
  NumberFieldDefinition,
  TextFieldDefinition,
} from '../FieldDefinition.ts'

/** Longest prose field, in UTF-16 units: about ten pages, far beyond any fiche’s real text. */
export const PROSE_MAX_LENGTH = 20_000

/** Longest one-line field, in UTF-16 units. */
export const LINE_MAX_LENGTH = 300

/** A multi-line prose field (Y.Text) of at most {@link PROSE_MAX_LENGTH} characters. */
export function proseField(name: string, label: string, hint?: string): TextFieldDefinition {
  return { type: 'text', name, label, hint, multiline: true, maxLength: PROSE_MAX_LENGTH }
}

/** A one-line text field (Y.Text) of at most `maxLength` characters. */
export function lineField(
  name: string,
  label: string,
  options: { readonly hint?: string; readonly maxLength?: number } = {},
): TextFieldDefinition {
  const maxLength = options.maxLength ?? LINE_MAX_LENGTH
  return { type: 'text', name, label, hint: options.hint, multiline: false, maxLength }
}

/** A single-choice field among `options`. */
export function choiceField(
  name: string,
  label: string,
  options: readonly ChoiceOption[],
  hint?: string,
): ChoiceFieldDefinition {
  return { type: 'choice', name, label, hint, options }
}

/** A multi-choice field among `options` (Y.Map value → true). */
export function multiChoiceField(
  name: string,
  label: string,
  options: readonly ChoiceOption[],
  hint?: string,
): MultiChoiceFieldDefinition {
  return { type: 'multi-choice', name, label, hint, options }
}

/** A date field (`YYYY-MM-DD`). */
export function dateField(name: string, label: string, hint?: string): DateFieldDefinition {
  return { type: 'date', name, label, hint }
}

/** A time-of-day field (`HH:MM`, 24 hours). */
export function timeField(name: string, label: string, hint?: string): TimeFieldDefinition {
  return { type: 'time', name, label, hint }
}

/** A number field; `integer` defaults to false. */
export function numberField(
  name: string,
  label: string,
  options: Omit<NumberFieldDefinition, 'type' | 'name' | 'label' | 'integer'> & {
    readonly integer?: boolean
  } = {},
): NumberFieldDefinition {
  return { type: 'number', name, label, ...options, integer: options.integer ?? false }
}

/** A link to a document of `kind`. */
export function documentLinkField(
  name: string,
  label: string,
  kind: string,
  hint?: string,
): DocumentLinkFieldDefinition {
  return { type: 'document-link', name, label, hint, kind }
}

/** A list of items (Y.Array of Y.Map with `id` and `order`) with the given item fields. */
export function listField(
  name: string,
  label: string,
  item: {
    readonly itemLabel: string
    readonly addLabel: string
    readonly fields: readonly FieldDefinition[]
    readonly hint?: string
    readonly stampItems?: ListItemStamp
  },
): ListFieldDefinition {
  return { type: 'list', name, label, ...item }
}
