import { describe, expect, it } from 'vitest'
import type { QualityReport } from '../../QualityReport.ts'
import { weakestCriteria } from '../../weakestCriteria.ts'
import { ficheActionKind } from '../ficheActionKind.ts'
import {
  APRIL_15_2025_MS,
  JOB_DATING_CLOSED_RAW,
  JOB_DATING_RAW,
  JOB_DATING_TITLE,
  ficheValues,
} from '../ficheActionFixtures.ts'
import { scoreFicheAction } from './scoreFicheAction.ts'

const context = { now: APRIL_15_2025_MS, title: JOB_DATING_TITLE }

function pointsBy(report: QualityReport, category: string): number {
  return report.criteria
    .filter((criterion) => criterion.category === category)
    .reduce((sum, criterion) => sum + criterion.maxPoints, 0)
}

/** A fiche that fills its fields carelessly: closed without bilan, jargon, too many publics. */
const WEAK_RAW = {
  cadre: 'autre-plan',
  problematique: 'Créer une synergie entre les acteurs de l’écosystème emploi pour les publics.',
  description:
    'Créer une synergie entre les acteurs de l’écosystème emploi pour les publics, avec une approche à 360°.',
  publicsCibles: { de: true, jeunes: true, seniors: true, brsa: true, qpv: true },
  thematiques: {
    recrutement: true,
    formation: true,
    orientation: true,
    mobilite: true,
    logement: true,
    sante: true,
  },
  acteurs: [{ id: 'a', order: 1, nom: 'France Travail' }],
  dateDebut: '2025-06-01',
  dateFin: '2025-01-01',
  indicateurs: [{ id: 'i', order: 1, niveau: 'realisation', libelle: 'Réunions tenues' }],
  typologieImpact: 'information',
  statut: 'terminee',
}

describe('scoreFicheAction', () => {
  it('weighs the four parts of the national grid 25, 30, 25 and 20 points', () => {
    const report = scoreFicheAction(ficheValues(JOB_DATING_CLOSED_RAW), context)
    expect(pointsBy(report, 'description')).toBe(25)
    expect(pointsBy(report, 'impact')).toBe(30)
    expect(pointsBy(report, 'bilan')).toBe(25)
    expect(pointsBy(report, 'innovation')).toBe(20)
    expect(new Set(report.criteria.map((criterion) => criterion.id)).size).toBe(
      report.criteria.length,
    )
  })

  it('scores a good fiche under way at 85 or more, mostly points forts, bilan left out', () => {
    const report = scoreFicheAction(ficheValues(JOB_DATING_RAW), context)
    expect(report.score).toBeGreaterThanOrEqual(85)
    const strong = report.criteria.filter((criterion) => criterion.level === 'point-fort')
    expect(strong.length / report.criteria.length).toBeGreaterThan(0.8)
    expect(report.criteria.some((criterion) => criterion.category === 'bilan')).toBe(false)
  })

  it('scores the same fiche closed with its bilan at 85 or more, bilan included', () => {
    const report = scoreFicheAction(ficheValues(JOB_DATING_CLOSED_RAW), context)
    expect(report.score).toBeGreaterThanOrEqual(85)
    expect(report.criteria.filter((criterion) => criterion.category === 'bilan')).toHaveLength(6)
  })

  it('scores a careless fiche low, with concrete French hints', () => {
    const report = scoreFicheAction(ficheValues(WEAK_RAW), { ...context, title: 'Action' })
    expect(report.score).toBeLessThan(40)
    const weakest = weakestCriteria(report, 3)
    expect(weakest.every((criterion) => criterion.level === 'axe-de-progres')).toBe(true)
    const jargon = report.criteria.find((criterion) => criterion.id === 'description-jargon')
    expect(jargon?.hint).toContain('« synergie », « écosystème », « 360° »')
  })

  it('scores an empty fiche near zero without failing', () => {
    const values = ficheValues({})
    const report = scoreFicheAction(values, { now: 0, title: '' })
    expect(report.score).toBeLessThan(10)
    expect(report.criteria.every((criterion) => criterion.hint.length > 0)).toBe(true)
    expect(report.criteria.every((criterion) => criterion.points <= criterion.maxPoints)).toBe(true)
  })

  it('is the quality check of the fiche action kind', () => {
    const values = ficheValues(JOB_DATING_RAW)
    expect(ficheActionKind.quality?.(values, context)).toEqual(scoreFicheAction(values, context))
  })
})

describe('weakestCriteria', () => {
  const report: QualityReport = {
    score: 50,
    criteria: [
      {
        id: 'a',
        category: 'description',
        label: 'A',
        level: 'a-consolider',
        hint: '',
        points: 1,
        maxPoints: 4,
      },
      {
        id: 'b',
        category: 'description',
        label: 'B',
        level: 'point-fort',
        hint: '',
        points: 5,
        maxPoints: 5,
      },
      {
        id: 'c',
        category: 'impact',
        label: 'C',
        level: 'axe-de-progres',
        hint: '',
        points: 0,
        maxPoints: 2,
      },
      {
        id: 'd',
        category: 'impact',
        label: 'D',
        level: 'axe-de-progres',
        hint: '',
        points: 0,
        maxPoints: 7,
      },
      {
        id: 'e',
        category: 'bilan',
        label: 'E',
        level: 'a-consolider',
        hint: '',
        points: 2,
        maxPoints: 4,
      },
    ],
  }

  it('puts axes de progrès first, then points à consolider, by points lost', () => {
    expect(weakestCriteria(report, 10).map((criterion) => criterion.id)).toEqual([
      'd',
      'c',
      'a',
      'e',
    ])
  })

  it('returns at most n criteria and never a point fort', () => {
    expect(weakestCriteria(report, 2).map((criterion) => criterion.id)).toEqual(['d', 'c'])
    expect(weakestCriteria(report, 0)).toEqual([])
  })
})
