import { describe, expect, it } from 'vitest'
import type { ItemValues } from '../kinds/FieldValues.ts'
import { JOB_DATING_RAW, ficheValues } from '../kinds/ficheAction/ficheActionFixtures.ts'
import { isSmartIndicator } from '../kinds/ficheAction/quality/impactCriteria.ts'
import { itemsValue, stringValue } from '../kinds/fields/fieldValue.ts'
import { isEffectLevel } from '../kinds/indicators/IndicatorLevel.ts'
import { indicatorDigestOf } from './indicatorDigestOf.ts'
import { isQuantifiedEffectIndicator } from './isQuantifiedEffectIndicator.ts'

describe('isQuantifiedEffectIndicator', () => {
  const base = { level: 'resultat', target: 30, targetDate: '2025-06-30' }

  it('asks for an effect level, a target and a target date', () => {
    expect(isQuantifiedEffectIndicator(base)).toBe(true)
    expect(isQuantifiedEffectIndicator({ ...base, level: 'impact' })).toBe(true)
    expect(isQuantifiedEffectIndicator({ ...base, level: 'realisation' })).toBe(false)
    expect(isQuantifiedEffectIndicator({ ...base, level: '' })).toBe(false)
    expect(isQuantifiedEffectIndicator({ ...base, target: null })).toBe(false)
    expect(isQuantifiedEffectIndicator({ ...base, targetDate: '' })).toBe(false)
    expect(isQuantifiedEffectIndicator({ ...base, target: 0 })).toBe(true)
  })

  it('follows the SMART rule of the quality grid on effect indicators', () => {
    const items: ItemValues[] = [
      ...itemsValue(ficheValues(JOB_DATING_RAW), 'indicateurs'),
      { id: 'a', order: 9, values: { niveau: 'impact', libelle: 'x', cible: 4 } },
      { id: 'b', order: 10, values: { niveau: 'impact', libelle: 'y', dateCible: '2026-01-01' } },
    ]
    for (const item of items) {
      const smartEffect =
        isEffectLevel(stringValue(item.values, 'niveau')) && isSmartIndicator(item)
      expect(isQuantifiedEffectIndicator(indicatorDigestOf(item)), item.id).toBe(smartEffect)
    }
  })
})
