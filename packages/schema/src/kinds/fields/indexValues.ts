import type { FieldValues } from '../FieldValues.ts'
import type { IndexedFields } from '../KindDefinition.ts'

/**
 * What the index keeps of `values`: the status (`''` read as null) and the named key fields as
 * short strings — text, choice and date as stored, numbers in decimal, multi-choices as their
 * values joined by `,` (e.g. `jeunes,qpv`), lists as their item count. Empty values are left out.
 */
export function indexValues(
  values: FieldValues,
  options: { readonly statusField: string | null; readonly keyFields: readonly string[] },
): IndexedFields {
  const status = options.statusField === null ? '' : values[options.statusField]
  const keyFields: Record<string, string> = {}
  for (const name of options.keyFields) {
    const text = indexText(values[name])
    if (text !== '') keyFields[name] = text
  }
  return { status: typeof status === 'string' && status !== '' ? status : null, keyFields }
}

function indexText(value: FieldValues[string] | undefined): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (value === null || value === undefined || value.length === 0) return ''
  const strings = value.filter((entry): entry is string => typeof entry === 'string')
  return strings.length === value.length ? strings.join(',') : String(value.length)
}
