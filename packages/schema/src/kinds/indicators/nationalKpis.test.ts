import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../FieldDefinition.ts'
import { IndicatorLevel } from './IndicatorLevel.ts'
import { indicatorListField } from './indicatorListField.ts'
import { NATIONAL_KPIS, nationalKpiLabel } from './nationalKpis.ts'

function itemFieldNames(levels: readonly IndicatorLevel[]): readonly string[] {
  return indicatorListField('indicateurs', 'Indicateurs', levels).fields.map((field) => field.name)
}

describe('NATIONAL_KPIS', () => {
  it('lists the nine indicators of the CNE, with kebab-case values and a description', () => {
    expect(NATIONAL_KPIS).toHaveLength(9)
    for (const kpi of NATIONAL_KPIS) {
      expect(kpi.value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u)
      expect(kpi.value.length).toBeLessThanOrEqual(60)
      expect(kpi.description).toMatch(/\.$/u)
      expect(`${kpi.label}${kpi.description ?? ''}`).not.toMatch(/'/u)
    }
    expect(new Set(NATIONAL_KPIS.map((kpi) => kpi.value)).size).toBe(9)
  })

  it('names a KPI by its value, and nothing for an unknown one', () => {
    expect(nationalKpiLabel('acces-emploi-6-mois')).toBe('Accès à l’emploi à 6 mois')
    expect(nationalKpiLabel('inconnu')).toBe('')
    expect(nationalKpiLabel('')).toBe('')
  })
})

describe('indicatorListField', () => {
  it('offers a national KPI only to lists of résultat or impact indicators', () => {
    expect(
      itemFieldNames([IndicatorLevel.Realisation, IndicatorLevel.Resultat, IndicatorLevel.Impact]),
    ).toContain('kpi')
    expect(itemFieldNames([IndicatorLevel.Impact])).toContain('kpi')
    expect(itemFieldNames([IndicatorLevel.Contexte])).not.toContain('kpi')
    expect(itemFieldNames([IndicatorLevel.Realisation])).not.toContain('kpi')
  })

  it('keeps with each measurement who entered it and when', () => {
    const mesures = indicatorListField('indicateurs', 'Indicateurs', [
      IndicatorLevel.Resultat,
    ]).fields.find(
      (field): field is Extract<FieldDefinition, { type: 'list' }> =>
        field.name === 'mesures' && field.type === 'list',
    )
    expect(mesures?.fields.map((field) => [field.name, field.type])).toEqual([
      ['date', 'date'],
      ['valeur', 'number'],
      ['commentaire', 'text'],
      ['saisiePar', 'text'],
      ['saisieLe', 'date'],
    ])
  })
})
