import type { FieldValues, ItemValues } from '../FieldValues.ts'

/** The string value (text, choice, date, document link) of `name`, or `''`. */
export function stringValue(values: FieldValues, name: string): string {
  const value = values[name]
  return typeof value === 'string' ? value : ''
}

/** The number value of `name`, or null. */
export function numberValue(values: FieldValues, name: string): number | null {
  const value = values[name]
  return typeof value === 'number' ? value : null
}

/** The chosen values of the multi-choice `name`, in options order, or `[]`. */
export function choicesValue(values: FieldValues, name: string): readonly string[] {
  const value = values[name]
  if (!Array.isArray(value)) return []
  return value.filter((entry): entry is string => typeof entry === 'string')
}

/** The items of the list `name`, sorted by `order`, or `[]`. */
export function itemsValue(values: FieldValues, name: string): readonly ItemValues[] {
  const value = values[name]
  if (!Array.isArray(value)) return []
  return value.filter((entry): entry is ItemValues => typeof entry === 'object')
}
