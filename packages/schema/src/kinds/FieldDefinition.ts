/** One option of a choice field: the stored value and its French label. */
export interface ChoiceOption {
  readonly value: string
  readonly label: string
  /** One French sentence saying what the option means (indicator levels), shown as help. */
  readonly description?: string
}

interface BaseField {
  /** Key of the field in the Y.Doc's `fields` map (or in a list item's Y.Map). */
  readonly name: string
  /** French label shown to people. */
  readonly label: string
  /** French help shown under the label. */
  readonly hint?: string
}

/** Prose, co-edited live as a Y.Text. */
export interface TextFieldDefinition extends BaseField {
  readonly type: 'text'
  readonly multiline: boolean
  readonly maxLength: number
}

/** One value among options, stored as a string (`''` when none is chosen). */
export interface ChoiceFieldDefinition extends BaseField {
  readonly type: 'choice'
  readonly options: readonly ChoiceOption[]
}

/**
 * Several values among options, stored as a Y.Map from option value to `true`, so that two people
 * ticking options at once both keep theirs.
 */
export interface MultiChoiceFieldDefinition extends BaseField {
  readonly type: 'multi-choice'
  readonly options: readonly ChoiceOption[]
}

/** A calendar date, stored as `YYYY-MM-DD` (`''` when empty). */
export interface DateFieldDefinition extends BaseField {
  readonly type: 'date'
}

/** A time of day, stored as `HH:MM` on 24 hours (`''` when empty). */
export interface TimeFieldDefinition extends BaseField {
  readonly type: 'time'
}

/** A number, stored as a number (absent when empty). */
export interface NumberFieldDefinition extends BaseField {
  readonly type: 'number'
  readonly integer: boolean
  readonly min?: number
  readonly max?: number
  readonly unit?: string
}

/** The `kind` of a document-link field that may link a document of any kind (a preuve). */
export const ANY_DOCUMENT_KIND = '*'

/** A link to another document of the same space, of one kind, stored as its id (`''` if none). */
export interface DocumentLinkFieldDefinition extends BaseField {
  readonly type: 'document-link'
  /** The kind of the linked document (`fiche-action`), or {@link ANY_DOCUMENT_KIND}. */
  readonly kind: string
}

/**
 * Items several people add, edit and reorder at once: a Y.Array of Y.Map. Each item has an `id`
 * (random, stable) and an `order` (a fractional position: moving an item only changes its own
 * `order`, so concurrent moves never duplicate or lose it), plus the values of `fields`.
 */
export interface ListFieldDefinition extends BaseField {
  readonly type: 'list'
  /** French name of one item ("Acteur", "Étape", "Indicateur"), for buttons like "Ajouter un acteur". */
  readonly itemLabel: string
  /** Article + item label for "Ajouter …" ("un acteur", "une étape"). */
  readonly addLabel: string
  readonly fields: readonly FieldDefinition[]
  /** Item fields an editor fills when a person adds an item: who (their name) and which day. */
  readonly stampItems?: ListItemStamp
}

/**
 * Names of the item fields that keep who added an item (a line field: their name) and on which
 * day (a date field: `YYYY-MM-DD`, in the network's time zone).
 */
export interface ListItemStamp {
  readonly by: string
  readonly on: string
}

/** Any field of a document kind. */
export type FieldDefinition =
  | TextFieldDefinition
  | ChoiceFieldDefinition
  | MultiChoiceFieldDefinition
  | DateFieldDefinition
  | TimeFieldDefinition
  | NumberFieldDefinition
  | DocumentLinkFieldDefinition
  | ListFieldDefinition

/** A titled group of fields, shown together. */
export interface FieldSection {
  readonly title: string
  readonly fields: readonly FieldDefinition[]
}
