import { describe, expect, it } from 'vitest'
import { PUBLIC_OPTIONS } from '@maillage/schema'
import { rankedCounts } from './optionCounts.ts'
import { publicShortLabel } from './publicShortLabels.ts'

describe('rankedCounts', () => {
  it('keeps the options with actions, most first, ties in the order of the options', () => {
    const ranked = rankedCounts(PUBLIC_OPTIONS, { deld: 3, jeunes: 5, de: 3, femmes: 0 })
    expect(ranked).toEqual([
      { value: 'jeunes', label: 'Jeunes de moins de 26 ans', count: 5 },
      { value: 'de', label: 'Demandeurs d’emploi', count: 3 },
      { value: 'deld', label: 'Demandeurs d’emploi de longue durée', count: 3 },
    ])
  })

  it('puts a value the options do not know last, under its own value', () => {
    const ranked = rankedCounts(PUBLIC_OPTIONS, { inconnu: 2, seniors: 2 })
    expect(ranked.map((entry) => entry.label)).toEqual(['Seniors (50 ans et plus)', 'inconnu'])
  })
})

describe('publicShortLabel', () => {
  it('has a short name for every public, shorter than its label', () => {
    for (const option of PUBLIC_OPTIONS) {
      expect(publicShortLabel(option.value).length).toBeLessThanOrEqual(10)
    }
    expect(publicShortLabel('deld')).toBe('DELD')
  })

  it('falls back to the value of a public it does not know', () => {
    expect(publicShortLabel('inconnu')).toBe('inconnu')
  })
})
