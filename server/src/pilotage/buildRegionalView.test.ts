import { describe, expect, it } from 'vitest'
import { MATURITY_GRID, parseSpaceId, type MaturitySnapshot } from '@maillage/schema'
import { parseDocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { buildRegionalView } from './buildRegionalView.ts'
import {
  clpeSpace,
  feuilleRecord,
  fichePilotage,
  ficheRecord,
  indicator,
  NOW_MS,
  OLD,
  RECENT,
} from './pilotageFixtures.ts'

const lille = clpeSpace()
const amiens = clpeSpace({
  id: parseSpaceId('clpe-80001'),
  name: 'CLPE Amiens',
  territory: { clpeCode: 'CLPE80001', departement: '80' },
})
const laon = clpeSpace({
  id: parseSpaceId('clpe-02001'),
  name: 'CLPE Laon',
  territory: { clpeCode: 'CLPE02001', departement: '02' },
})
const core = clpeSpace({
  id: parseSpaceId('core'),
  kind: 'core',
  name: 'CoRE',
  territory: undefined,
})

const snapshot: MaturitySnapshot = {
  campaignId: 'campagne-2026',
  campaignTitle: 'Démarche de progression 2026',
  submittedAt: RECENT,
  profile: {
    themes: MATURITY_GRID.map((theme) => ({
      themeId: theme.id,
      label: theme.label,
      average: 2,
      level: 2,
      answered: theme.questions.length,
      total: theme.questions.length,
    })),
    level: 2,
    complete: true,
  },
}

function thread(id: string, overrides: Partial<ExchangeThread>): ExchangeThread {
  return {
    id: parseDocumentId(id),
    type: 'remontee',
    status: 'ouvert',
    themes: ['mobilite'],
    territorySpaceIds: [],
    authorId: 'account-1',
    createdAt: RECENT,
    lastMessageAt: RECENT,
    messageCount: 1,
    echoes: [],
    ...overrides,
  }
}

const echo = (spaceId: SpaceId) => ({ spaceId, accountId: 'account-2', at: RECENT })

describe('buildRegionalView', () => {
  const records = [
    feuilleRecord('feuille-lille', { annee: 2026, ficheIds: ['lille-1', 'lille-2'] }),
    ficheRecord('lille-1', {
      qualityScore: 90,
      keyFields: { thematiques: 'mobilite,logement', publicsCibles: 'jeunes' },
      pilotage: fichePilotage({
        indicators: [indicator({ kpi: 'acces-emploi-6-mois', label: 'Accès à l’emploi' })],
      }),
    }),
    ficheRecord('lille-2', { updatedAt: OLD, qualityScore: 50 }),
    ficheRecord('lille-hors-feuille', { keyFields: { thematiques: 'formation' } }),
    ficheRecord('amiens-1', {
      spaceId: amiens.id,
      status: 'terminee',
      qualityScore: 70,
      keyFields: { thematiques: 'mobilite' },
      pilotage: fichePilotage({
        indicators: [
          indicator({ id: 'a', kpi: 'acces-emploi-6-mois', label: 'Sorties en emploi' }),
          indicator({ id: 'b', kpi: 'satisfaction-entreprises', label: 'Entreprises satisfaites' }),
        ],
      }),
    }),
  ]
  const threads = [
    // Raised by Lille then Amiens and Laon: supra-territorial, counted once in the totals.
    thread('sujet-1', { originSpaceId: lille.id, echoes: [echo(amiens.id), echo(laon.id)] }),
    // A question is never supra-territorial, however many territories echo it.
    thread('question', {
      type: 'question',
      originSpaceId: lille.id,
      echoes: [echo(amiens.id), echo(laon.id)],
    }),
    thread('seul', { originSpaceId: amiens.id }),
  ]
  const view = buildRegionalView({
    spaces: [core, amiens, lille, laon],
    records,
    threads,
    maturity: new Map([[lille.id, snapshot]]),
    filters: {},
    nowMs: NOW_MS,
    canDraftBilan: true,
  })

  it('has one row per CLPE, by département, with its name and département', () => {
    expect(view.rows.map((row) => [row.spaceId, row.departement])).toEqual([
      ['clpe-02001', 'Aisne'],
      ['clpe-59004', 'Nord'],
      ['clpe-80001', 'Somme'],
    ])
    expect(view.canDraftBilan).toBe(true)
  })

  it('counts each CLPE as its dashboard does: the actions of its current feuille de route', () => {
    const row = view.rows[1]
    expect(row).toMatchObject({
      name: 'CLPE Lille',
      actions: 2,
      byStatus: { 'en-cours': 2, terminee: 0 },
      byThematique: { mobilite: 1, logement: 1 },
      byPublic: { jeunes: 1 },
      quantifiedShare: { withIndicator: 1, total: 2, ratio: 0.5 },
      averageQuality: 70,
      staleCount: 1,
      maturity: snapshot,
      supraTerritorialSubjects: 1,
    })
    expect(view.rows[0]).toMatchObject({ actions: 0, averageQuality: null, maturity: null })
    expect(view.rows[2]?.supraTerritorialSubjects).toBe(1)
  })

  it('totals every CLPE’s actions, and each supra-territorial subject once', () => {
    expect(view.totals).toMatchObject({
      actions: 3,
      byStatus: { 'en-cours': 2, terminee: 1 },
      byThematique: { mobilite: 2, logement: 1 },
      quantifiedShare: { withIndicator: 2, total: 3 },
      averageQuality: 70,
      staleCount: 1,
      supraTerritorialSubjects: 1,
    })
  })

  it('lists the indicators tied to each national KPI, with their action and CLPE', () => {
    const acces = view.kpis.find((kpi) => kpi.kpi === 'acces-emploi-6-mois')
    expect(acces?.label).toBe('Accès à l’emploi à 6 mois')
    expect(acces?.actions).toEqual([
      {
        documentId: 'lille-1',
        title: 'Fiche lille-1',
        spaceId: 'clpe-59004',
        spaceName: 'CLPE Lille',
        indicatorLabel: 'Accès à l’emploi',
      },
      {
        documentId: 'amiens-1',
        title: 'Fiche amiens-1',
        spaceId: 'clpe-80001',
        spaceName: 'CLPE Amiens',
        indicatorLabel: 'Sorties en emploi',
      },
    ])
    expect(view.kpis.find((kpi) => kpi.kpi === 'delai-pourvoi-offres')?.actions).toEqual([])
    expect(view.kpis.length).toBeGreaterThanOrEqual(8)
  })

  it('applies the filters to every row, the totals and the KPIs', () => {
    const filtered = buildRegionalView({
      spaces: [amiens, lille],
      records,
      threads: [],
      maturity: new Map(),
      filters: { thematique: 'logement' },
      nowMs: NOW_MS,
      canDraftBilan: false,
    })
    expect(filtered.rows.map((row) => row.actions)).toEqual([1, 0])
    expect(filtered.totals.actions).toBe(1)
    const acces = filtered.kpis.find((kpi) => kpi.kpi === 'acces-emploi-6-mois')
    expect(acces?.actions.map((action) => action.documentId)).toEqual(['lille-1'])
  })
})
