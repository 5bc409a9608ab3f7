import { describe, expect, it } from 'vitest'
import type { ItemValues } from '../FieldValues.ts'
import { KINDS } from '../KINDS.ts'
import { readFields } from '../fields/readFields.ts'
import { MASKING_THRESHOLD, formatKeyFigure, isMasked } from './keyFigures.ts'

function figure(values: Record<string, unknown>): ItemValues {
  const read = readFields(KINDS.diagnostic, {
    chiffresCles: [{ id: 'c', order: 1, ...values }],
  }).values.chiffresCles
  const [item] = read as readonly ItemValues[]
  if (item === undefined) throw new Error('fixture')
  return item
}

describe('isMasked', () => {
  it('masks counts from 1 to 10 and shows 0 and 11', () => {
    expect(MASKING_THRESHOLD).toBe(11)
    expect([0, 1, 10, 11, null].map((value) => isMasked(value))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ])
  })

  it('masks counts only, not rates', () => {
    expect(isMasked(8, 'effectif')).toBe(true)
    expect(isMasked(8, '')).toBe(true)
    expect(isMasked(8, 'taux')).toBe(false)
  })
})

describe('formatKeyFigure', () => {
  it('writes the value the French way with its unit', () => {
    const item = figure({ valeur: 2150, unite: 'demandeurs d’emploi', nature: 'effectif' })
    expect(formatKeyFigure(item)).toBe('2\u202f150\u00a0demandeurs d’emploi')
    expect(formatKeyFigure(figure({ valeur: 8.2, unite: '%', nature: 'taux' }))).toBe('8,2\u00a0%')
  })

  it('writes « < 11 » instead of a small count', () => {
    const item = figure({ valeur: 7, unite: 'BOETH', nature: 'effectif' })
    expect(formatKeyFigure(item)).toBe('< 11\u00a0BOETH')
    expect(formatKeyFigure(item)).not.toContain('7')
  })

  it('writes nothing without a value', () => {
    expect(formatKeyFigure(figure({ unite: 'personnes' }))).toBe('')
  })
})
