import { describe, expect, it } from 'vitest'
import type { QualityCriterion, QualityReport } from '@maillage/schema'
import { describeQualityChange } from './describeQualityChange.ts'

function criterion(id: string, label: string, level: QualityCriterion['level']): QualityCriterion {
  return {
    id,
    category: 'description',
    label,
    level,
    hint: `conseil ${id}`,
    points: 0,
    maxPoints: 4,
  }
}

function report(score: number, criteria: QualityCriterion[]): QualityReport {
  return { score, criteria }
}

describe('describeQualityChange', () => {
  const before = report(54, [
    criterion('problematique-longueur', 'Problématique développée', 'a-consolider'),
    criterion('titre-longueur', 'Titre court', 'point-fort'),
  ])

  it('says the new score with its rise and each criterion whose level changed', () => {
    const after = report(62, [
      criterion('problematique-longueur', 'Problématique développée', 'point-fort'),
      criterion('titre-longueur', 'Titre court', 'point-fort'),
    ])
    expect(describeQualityChange(before, after)).toBe(
      'Qualité de la fiche : 62 / 100 (+8). Problématique développée : point fort.',
    )
  })

  it('says a fall of the score', () => {
    const after = report(51, [
      criterion('problematique-longueur', 'Problématique développée', 'a-consolider'),
      criterion('titre-longueur', 'Titre court', 'a-consolider'),
    ])
    expect(describeQualityChange(before, after)).toBe(
      'Qualité de la fiche : 51 / 100 (−3). Titre court : à consolider.',
    )
  })

  it('says nothing when only the hints changed', () => {
    const after = report(54, [
      {
        ...criterion('problematique-longueur', 'Problématique développée', 'a-consolider'),
        hint: 'autre',
      },
      criterion('titre-longueur', 'Titre court', 'point-fort'),
    ])
    expect(describeQualityChange(before, after)).toBeNull()
  })
})
