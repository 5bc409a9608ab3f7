import type { ChoiceOption } from '@maillage/schema'

/** The French label of an option value, or the value itself when unknown. */
export function labelOf(options: readonly ChoiceOption[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value
}
