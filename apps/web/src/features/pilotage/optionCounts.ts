import type { ChoiceOption } from '@maillage/schema'
import { labelOf } from '../../ui/labelOf.ts'

/** One option (a thématique, a public) and its count of actions. */
export interface OptionCount {
  readonly value: string
  readonly label: string
  readonly count: number
}

/**
 * The options of `counts` that have actions, most actions first, ties in the order of `options`
 * (values the options do not know come last, under their own value).
 */
export function rankedCounts(
  options: readonly ChoiceOption[],
  counts: Readonly<Record<string, number>>,
): OptionCount[] {
  const order = options.map((option) => option.value)
  const rank = (value: string) => {
    const index = order.indexOf(value)
    return index === -1 ? order.length : index
  }
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, label: labelOf(options, value), count }))
    .sort((a, b) => b.count - a.count || rank(a.value) - rank(b.value))
}
