import { describe, expect, it } from 'vitest'
import { findJargon } from './VAGUE_JARGON.ts'
import { countWords, measureOverlap } from './textMeasures.ts'

describe('countWords', () => {
  it('counts elided and hyphenated words once', () => {
    expect(countWords('L’accès à l’emploi des co-pilotes, en 2025 !')).toBe(7)
    expect(countWords('   ')).toBe(0)
  })
})

describe('measureOverlap', () => {
  it('is 1 for a copy and low for distinct texts, ignoring case, accents and short words', () => {
    expect(measureOverlap('Les Employeurs recrutent', 'les employeurs RECRUTENT')).toEqual({
      jaccard: 1,
      containment: 1,
    })
    const distinct = measureOverlap(
      'Mille offres saisonnières restent sans candidat',
      'Trois job datings réunissent employeurs et jeunes préparés',
    )
    expect(distinct.jaccard).toBe(0)
  })
})

describe('findJargon', () => {
  it('finds vague words without case or accents, plurals included', () => {
    expect(findJargon('Des SYNERGIES dans l’ecosysteme, vision à 360°, plusieurs leviers')).toEqual(
      ['synergie', 'écosystème', '360°', 'levier'],
    )
  })

  it('does not flag words that merely contain them', () => {
    expect(findJargon('Lever les freins, relever le défi, 3600 offres')).toEqual([])
  })
})
