import { describe, expect, it } from 'vitest'
import type { ItemValues } from '../FieldValues.ts'
import { JOB_DATING_RAW, ficheValues } from '../ficheAction/ficheActionFixtures.ts'
import { itemsValue } from '../fields/fieldValue.ts'
import { measurementsOf } from './measurementsOf.ts'

describe('measurementsOf', () => {
  it('returns dated measurements sorted by date', () => {
    const indicator = itemsValue(ficheValues(JOB_DATING_RAW), 'indicateurs').find(
      (item) => item.id === 'i3',
    )
    expect(indicator && measurementsOf(indicator)).toEqual([
      { date: '2025-05-20', value: 23 },
      { date: '2025-06-01', value: 41 },
    ])
  })

  it('skips measurements without a date or a value, keeping list order on equal dates', () => {
    const indicator: ItemValues = {
      id: 'i',
      order: 1,
      values: {
        mesures: [
          { id: 'a', order: 1, values: { date: '2025-02-01', valeur: 5 } },
          { id: 'b', order: 2, values: { date: '', valeur: 9 } },
          { id: 'c', order: 3, values: { date: '2025-01-01', valeur: null } },
          { id: 'd', order: 4, values: { date: '2025-02-01', valeur: 6 } },
        ],
      },
    }
    expect(measurementsOf(indicator)).toEqual([
      { date: '2025-02-01', value: 5 },
      { date: '2025-02-01', value: 6 },
    ])
  })
})
