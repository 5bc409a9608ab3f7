import type { ItemValues } from '../FieldValues.ts'
import { itemsValue, numberValue, stringValue } from '../fields/fieldValue.ts'

/** One dated measurement of an indicator. */
export interface Measurement {
  /** `YYYY-MM-DD`. */
  readonly date: string
  readonly value: number
}

/**
 * The measurements of an indicator item that have both a date and a value, sorted by date (then
 * by their order in the list).
 */
export function measurementsOf(indicator: ItemValues): readonly Measurement[] {
  return itemsValue(indicator.values, 'mesures')
    .flatMap((item): Measurement[] => {
      const date = stringValue(item.values, 'date')
      const value = numberValue(item.values, 'valeur')
      return date === '' || value === null ? [] : [{ date, value }]
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
