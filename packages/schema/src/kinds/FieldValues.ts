/** The value of one field once read and validated (see `readFields`). */
export type FieldValue = string | number | readonly string[] | readonly ItemValues[] | null

/** One item of a list field: its stable `id`, its `order`, and the values of its fields. */
export interface ItemValues {
  readonly id: string
  readonly order: number
  readonly values: Readonly<Record<string, FieldValue>>
}

/**
 * The validated values of a document's fields, by field name. Text is a string, a choice a string
 * (`''` if none), a multi-choice the chosen values in the options' order, a date `YYYY-MM-DD` or
 * `''`, a number or null, a list its items sorted by `order`.
 */
export type FieldValues = Readonly<Record<string, FieldValue>>

/** A value that was not of its field's type: reported, and read as the field's empty value. */
export interface FieldProblem {
  /** Path of the value: field name, then item index and field name for list items. */
  readonly path: readonly (string | number)[]
  /** Stable code for programs. */
  readonly code:
    'WRONG_TYPE' | 'UNKNOWN_OPTION' | 'INVALID_DATE' | 'INVALID_TIME' | 'OUT_OF_RANGE' | 'TOO_LONG'
  /** French message for people. */
  readonly message: string
}
