import { describe, expect, it } from 'vitest'
import type { PilotageFilters } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { buildClpeDashboard } from './buildClpeDashboard.ts'
import {
  clpeSpace,
  feuilleRecord,
  fichePilotage,
  ficheRecord,
  indicator,
  NOW_MS,
  OLD,
} from './pilotageFixtures.ts'

function dashboardOf(records: readonly DocumentRecord[], filters: PilotageFilters = {}) {
  return buildClpeDashboard({
    space: clpeSpace(),
    records,
    filters,
    nowMs: NOW_MS,
    canMeasure: true,
    sharedOnly: false,
  })
}

describe('buildClpeDashboard', () => {
  it('shows an empty CLPE with every status at zero and no ratio', () => {
    const dashboard = dashboardOf([])
    expect(dashboard).toMatchObject({
      spaceId: 'clpe-59004',
      spaceName: 'CLPE Lille',
      feuilleDeRoute: null,
      scope: 'espace',
      builtAt: new Date(NOW_MS).toISOString(),
      byStatus: {
        '': 0,
        'en-attente-de-validation': 0,
        'en-cours': 0,
        terminee: 0,
        abandonnee: 0,
      },
      staleCount: 0,
      actions: [],
      indicators: [],
      quantifiedShare: { withIndicator: 0, total: 0, ratio: null },
      averageQuality: null,
      bilans: [],
      canMeasure: true,
      sharedOnly: false,
    })
  })

  it('puts the actions still running and unchanged for 30 days first, then by status, then by title', () => {
    const dashboard = dashboardOf([
      ficheRecord('termine', { title: 'Forum', status: 'terminee', updatedAt: OLD }),
      ficheRecord('attente-ancienne', {
        title: 'Atelier',
        status: 'en-attente-de-validation',
        updatedAt: OLD,
      }),
      ficheRecord('cours-zeta', { title: 'Zèbre' }),
      ficheRecord('cours-ancienne', { title: 'Mobilité', updatedAt: OLD }),
      ficheRecord('cours-emploi', { title: 'Émploi accompagné' }),
      ficheRecord('sans-statut', { title: 'Brouillon', status: undefined }),
    ])
    expect(dashboard.actions.map((action) => [action.documentId, action.stale])).toEqual([
      ['attente-ancienne', true],
      ['cours-ancienne', true],
      ['cours-emploi', false],
      ['cours-zeta', false],
      ['termine', false],
      ['sans-statut', false],
    ])
    expect(dashboard.staleCount).toBe(2)
    expect(dashboard.byStatus).toEqual({
      '': 1,
      'en-attente-de-validation': 1,
      'en-cours': 3,
      terminee: 1,
      abandonnee: 0,
    })
  })

  it('shows the actions of the current feuille de route only, with its year', () => {
    const dashboard = dashboardOf([
      feuilleRecord('feuille', { annee: 2026, ficheIds: ['fiche-1', 'fiche-supprimee'] }),
      ficheRecord('fiche-1'),
      ficheRecord('fiche-2'),
    ])
    expect(dashboard.scope).toBe('feuille-de-route')
    expect(dashboard.feuilleDeRoute).toEqual({
      documentId: 'feuille',
      title: 'Feuille feuille',
      annee: 2026,
    })
    expect(dashboard.actions.map((action) => action.documentId)).toEqual(['fiche-1'])
  })

  it('shows an indicator without target with its latest measure but no progress', () => {
    const dashboard = dashboardOf([
      ficheRecord('fiche-1', {
        pilotage: fichePilotage({
          indicators: [
            indicator({
              target: null,
              targetDate: '',
              measurements: [
                { date: '2026-03-01', value: 4 },
                { date: '2026-05-01', value: 9 },
              ],
            }),
          ],
        }),
      }),
    ])
    expect(dashboard.indicators).toHaveLength(1)
    expect(dashboard.indicators[0]).toMatchObject({
      target: null,
      latest: { date: '2026-05-01', value: 9 },
      progress: null,
      trend: 'hausse',
    })
    expect(dashboard.actions[0]?.hasQuantifiedEffectIndicator).toBe(false)
    expect(dashboard.quantifiedShare).toEqual({ withIndicator: 0, total: 1, ratio: 0 })
  })

  it('measures the progress towards a target below the baseline (a figure to bring down)', () => {
    const dashboard = dashboardOf([
      ficheRecord('fiche-1', {
        pilotage: fichePilotage({
          indicators: [
            indicator({
              label: 'Délai moyen d’entrée en formation',
              unit: 'jours',
              baseline: 100,
              baselineDate: '2026-01-01',
              target: 60,
              measurements: [
                { date: '2026-02-01', value: 90 },
                { date: '2026-04-01', value: 80 },
              ],
            }),
          ],
        }),
      }),
    ])
    expect(dashboard.indicators[0]).toMatchObject({
      latest: { date: '2026-04-01', value: 80 },
      progress: 0.5,
      trend: 'baisse',
    })
  })

  it('keeps each indicator in its own unit and never adds figures of different units', () => {
    const dashboard = dashboardOf([
      ficheRecord('fiche-1', {
        pilotage: fichePilotage({
          indicators: [
            indicator({ id: 'entrees', unit: 'personnes', target: 30, measurements: [] }),
            indicator({
              id: 'taux',
              unit: '%',
              target: 50,
              measurements: [{ date: '2026-05-01', value: 25 }],
            }),
          ],
        }),
      }),
      ficheRecord('fiche-2', {
        pilotage: fichePilotage({
          indicators: [
            indicator({
              id: 'entrees',
              unit: 'personnes',
              target: 10,
              measurements: [{ date: '2026-05-01', value: 10 }],
            }),
          ],
        }),
      }),
    ])
    expect(
      dashboard.indicators.map((row) => [row.documentId, row.indicatorId, row.unit, row.target]),
    ).toEqual([
      ['fiche-1', 'entrees', 'personnes', 30],
      ['fiche-1', 'taux', '%', 50],
      ['fiche-2', 'entrees', 'personnes', 10],
    ])
    expect(dashboard.indicators.map((row) => row.progress)).toEqual([null, 0.5, 1])
  })

  it('shows réalisation, résultat and impact indicators, not contexte nor unset levels', () => {
    const dashboard = dashboardOf([
      ficheRecord('fiche-1', {
        pilotage: fichePilotage({
          indicators: [
            indicator({ id: 'contexte', level: 'contexte' }),
            indicator({ id: 'sans-niveau', level: '' }),
            indicator({ id: 'realisation', level: 'realisation' }),
            indicator({ id: 'impact', level: 'impact' }),
          ],
        }),
      }),
    ])
    expect(dashboard.indicators.map((row) => [row.indicatorId, row.level])).toEqual([
      ['realisation', 'realisation'],
      ['impact', 'impact'],
    ])
  })

  it('filters the actions and their indicators by thématique and public', () => {
    const mobilite = ficheRecord('mobilite', {
      keyFields: { thematiques: 'mobilite,logement', publicsCibles: 'jeunes' },
      pilotage: fichePilotage({ indicators: [indicator({ id: 'permis' })] }),
    })
    const formation = ficheRecord('formation', {
      keyFields: { thematiques: 'formation', publicsCibles: 'jeunes,seniors' },
      pilotage: fichePilotage({ indicators: [indicator({ id: 'entrees' })] }),
    })
    const records = [mobilite, formation]
    const byThematique = dashboardOf(records, { thematique: 'mobilite' })
    expect(byThematique.actions.map((action) => action.documentId)).toEqual(['mobilite'])
    expect(byThematique.actions[0]?.thematiques).toEqual(['mobilite', 'logement'])
    expect(byThematique.indicators.map((row) => row.indicatorId)).toEqual(['permis'])
    expect(byThematique.byStatus['en-cours']).toBe(1)
    expect(byThematique.filters).toEqual({ thematique: 'mobilite' })
    const both = dashboardOf(records, { thematique: 'formation', public: 'seniors' })
    expect(both.actions.map((action) => action.documentId)).toEqual(['formation'])
    expect(dashboardOf(records, { thematique: 'mobilite', public: 'seniors' }).actions).toEqual([])
  })

  it('counts quantified actions, the mean quality of scored ones, and lists closed bilans', () => {
    const dashboard = dashboardOf([
      ficheRecord('quantifiee', {
        qualityScore: 80,
        weakCriteria: [{ id: 'bilan', label: 'Bilan présent', level: 'axe-de-progres' }],
        pilotage: fichePilotage({ indicators: [indicator()] }),
      }),
      ficheRecord('realisation-seule', {
        qualityScore: 40,
        pilotage: fichePilotage({ indicators: [indicator({ level: 'realisation' })] }),
      }),
      ficheRecord('terminee', {
        status: 'terminee',
        pilotage: fichePilotage({ efficacite: 8, reconduction: 'oui' }),
      }),
      ficheRecord('abandonnee', { status: 'abandonnee', pilotage: undefined }),
    ])
    expect(dashboard.quantifiedShare).toEqual({ withIndicator: 1, total: 4, ratio: 0.25 })
    expect(dashboard.averageQuality).toBe(60)
    expect(dashboard.actions.find((action) => action.documentId === 'quantifiee')).toMatchObject({
      qualityScore: 80,
      weakestCriterion: { id: 'bilan', level: 'axe-de-progres' },
      hasQuantifiedEffectIndicator: true,
    })
    expect(dashboard.bilans).toEqual([
      {
        documentId: 'terminee',
        title: 'Fiche terminee',
        status: 'terminee',
        efficacite: 8,
        reconduction: 'oui',
      },
      {
        documentId: 'abandonnee',
        title: 'Fiche abandonnee',
        status: 'abandonnee',
        efficacite: null,
        reconduction: '',
      },
    ])
  })
})
