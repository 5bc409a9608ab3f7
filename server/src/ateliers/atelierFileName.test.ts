import { describe, expect, it } from 'vitest'
import { atelierFileName } from './atelierFileName.ts'

describe('the name of an atelier’s file', () => {
  it('is the title in lowercase ASCII, accents dropped, words joined by hyphens', () => {
    expect(atelierFileName('Mobilité des jeunes')).toBe('atelier-mobilite-des-jeunes')
    expect(atelierFileName('  Cœur de filière : l’Aisne, « demain » ?  ')).toBe(
      'atelier-coeur-de-filiere-l-aisne-demain',
    )
    expect(atelierFileName('Métiers d’avenir — REV3 2026')).toBe(
      'atelier-metiers-d-avenir-rev3-2026',
    )
  })

  it('is « atelier » for a title without a letter or digit', () => {
    expect(atelierFileName('« … »')).toBe('atelier')
  })

  it('is cut at a hyphen to 60 characters at most', () => {
    const name = atelierFileName(
      'Mobilité des jeunes : lever les freins dans le Bassin minier, avec les CLPE',
    )
    expect(name).toBe('atelier-mobilite-des-jeunes-lever-les-freins-dans-le-bassin')
    expect(name.length).toBeLessThanOrEqual(60)
  })
})
