import type { MaturitySnapshot, RegionalRow, RegionalView } from '@maillage/schema'
import type { BilanSources } from './BilanSources.ts'

// A small region for the tests of the drafting: two CLPE, one with a submitted self-assessment.

function maturity(level: 1 | 2 | 3 | 4): MaturitySnapshot {
  return {
    campaignId: 'campagne-2026',
    campaignTitle: 'Démarche de progression 2026',
    submittedAt: '2026-10-01T10:00:00.000Z',
    profile: {
      themes: [
        {
          themeId: 'dynamique',
          label: 'Dynamique de fonctionnement',
          average: 3,
          level: 3,
          answered: 5,
          total: 5,
        },
        {
          themeId: 'pilotage',
          label: 'Pilotage et impact',
          average: 2,
          level: 2,
          answered: 5,
          total: 5,
        },
      ],
      level,
      complete: true,
    },
  }
}

function row(overrides: Partial<RegionalRow> & Pick<RegionalRow, 'spaceId' | 'name'>): RegionalRow {
  return {
    departement: '59',
    actions: 0,
    byStatus: {},
    byThematique: {},
    byPublic: {},
    quantifiedShare: { withIndicator: 0, total: 0, ratio: null },
    averageQuality: null,
    staleCount: 0,
    maturity: null,
    supraTerritorialSubjects: 0,
    ...overrides,
  }
}

/** The regional view of two CLPE: Lille with 1 204 actions (to show grouping), Lens with 4. */
export const TWO_CLPE_VIEW: RegionalView = {
  builtAt: '2026-12-07T09:00:00.000Z',
  filters: {},
  rows: [
    row({
      spaceId: 'clpe-59004',
      name: 'CLPE Lille Métropole',
      actions: 1204,
      byStatus: { 'en-cours': 1000, terminee: 200, 'en-attente-de-validation': 4 },
      byThematique: { mobilite: 300, recrutement: 900 },
      quantifiedShare: { withIndicator: 457, total: 1204, ratio: 457 / 1204 },
      averageQuality: 61.6,
      staleCount: 12,
      maturity: maturity(2),
    }),
    row({
      spaceId: 'clpe-62005',
      name: 'CLPE Lens',
      departement: '62',
      actions: 4,
      byStatus: { 'en-cours': 2, terminee: 1, abandonnee: 1 },
      byThematique: { mobilite: 2 },
      quantifiedShare: { withIndicator: 1, total: 4, ratio: 0.25 },
      averageQuality: 48,
      staleCount: 1,
    }),
  ],
  totals: {
    actions: 1208,
    byStatus: { 'en-cours': 1002, terminee: 201, abandonnee: 1, 'en-attente-de-validation': 4 },
    byThematique: { mobilite: 302, recrutement: 900 },
    byPublic: {},
    quantifiedShare: { withIndicator: 458, total: 1208, ratio: 458 / 1208 },
    averageQuality: 61.5,
    staleCount: 13,
    supraTerritorialSubjects: 1,
  },
  kpis: [
    {
      kpi: 'acces-emploi-6-mois',
      label: 'Accès à l’emploi à 6 mois',
      actions: [
        {
          documentId: 'fiche-lens-mobilite',
          title: 'Permis solidaire',
          spaceId: 'clpe-62005',
          spaceName: 'CLPE Lens',
          indicatorLabel: 'Accès à l’emploi à 6 mois des bénéficiaires',
        },
      ],
    },
    { kpi: 'taux-pourvoi-offres', label: 'Taux de pourvoi des offres', actions: [] },
  ],
  canDraftBilan: true,
}

/** The sources of a bilan of the first half of 2026 drafted on 7 December 2026. */
export const BILAN_SOURCES: BilanSources = {
  period: { periodStart: '2026-01-01', periodEnd: '2026-06-30' },
  figuresDay: '2026-12-07',
  view: TWO_CLPE_VIEW,
  highlights: {
    fiches: [
      {
        documentId: 'fiche-lille-job-dating',
        title: 'Job dating logistique à Roubaix',
        spaceName: 'CLPE Lille Métropole',
        efficacite: 8,
        reconduction: 'oui',
      },
    ],
    indicators: [
      {
        documentId: 'fiche-lille-job-dating',
        ficheTitle: 'Job dating logistique à Roubaix',
        spaceName: 'CLPE Lille Métropole',
        label: 'Recrutements à trois mois',
        unit: 'personnes',
        target: 40,
        latest: { date: '2026-06-15', value: 44 },
      },
    ],
  },
  subjects: [
    {
      threadId: 'fil-mobilite-bassin-minier',
      title: 'Mobilité dans le Bassin minier',
      raisedBy: 3,
      status: 'Pris en charge',
    },
  ],
}
