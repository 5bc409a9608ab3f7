import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { clpeSpaceId, territories, type RegionalView, type SpaceId } from '@maillage/schema'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { countCalls } from '../helpers/countCalls.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// The regional view for the size of the region: 26 CLPE × 200 fiches action with indicators,
// written straight into the metadata store (the index is what is under test). It must answer
// from the index alone: no document is loaded, no room opened. Its time is a bench figure (S8),
// not asserted here.

const FICHES_PER_CLPE = 200
/** The first fiches of each CLPE its feuille de route links; the others are out of its scope. */
const LINKED = 150
const STATUSES = ['en-attente-de-validation', 'en-cours', 'terminee', 'abandonnee'] as const
const NOW = Date.now()
const RECENT = new Date(NOW - 86_400_000).toISOString()
const OLD = new Date(NOW - 90 * 86_400_000).toISOString()
/** Later than any demo feuille de route, so that the generated one is current. */
const YEAR = 2100

/** The index record of fiche `index` of a CLPE: every property follows `index` (see below). */
function ficheRecord(spaceId: SpaceId, index: number) {
  const status = STATUSES[index % STATUSES.length] ?? 'en-cours'
  const quantified = index % 3 === 0
  return {
    id: parseDocumentId(`${spaceId}-fiche-${index}`),
    spaceId,
    kind: 'fiche-action' as const,
    title: `Action ${index} de ${spaceId}`,
    sharedWithAll: false,
    createdBy: 'account-bench',
    createdAt: OLD,
    updatedAt: index % 8 === 1 ? OLD : RECENT,
    status,
    keyFields: {
      thematiques: index % 2 === 0 ? 'mobilite' : 'formation,logement',
      publicsCibles: 'jeunes',
    },
    qualityScore: 40 + (index % 50),
    pilotage: {
      kind: 'fiche-action' as const,
      indicators: [
        {
          id: 'participants',
          level: 'realisation',
          label: 'Participants',
          unit: 'personnes',
          baseline: null,
          baselineDate: '',
          target: 100,
          targetDate: '',
          kpi: '',
          measurements: [
            { date: '2026-01-15', value: 20 },
            { date: '2026-03-15', value: 45 },
          ],
        },
        {
          id: 'emploi',
          level: 'resultat',
          label: 'Accès à l’emploi à 6 mois',
          unit: '%',
          baseline: 40,
          baselineDate: '2025-12-31',
          target: quantified ? 60 : null,
          targetDate: quantified ? '2026-12-31' : '',
          kpi: quantified ? 'acces-emploi-6-mois' : '',
          measurements: [{ date: '2026-04-01', value: 50 }],
        },
      ],
      efficacite: status === 'terminee' ? 7 : null,
      reconduction: status === 'terminee' ? 'oui' : '',
      nombreBeneficiaires: 30,
    },
  }
}

/** Count of indexes in [0, LINKED) matching `predicate`. */
function linkedWhere(predicate: (index: number) => boolean): number {
  return Array.from({ length: LINKED }, (_, index) => index).filter(predicate).length
}

describe('the regional view at the size of the region', () => {
  let server: TestServer
  let api: ApiClient
  let admin: Credential
  const spaceIds = territories.clpe.map((clpe) => clpeSpaceId(clpe.code))

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    await server.server.metadata.transaction(async (tx) => {
      for (const spaceId of spaceIds) {
        for (let index = 0; index < FICHES_PER_CLPE; index += 1) {
          await tx.createDocument(ficheRecord(spaceId, index))
        }
        await tx.createDocument({
          id: parseDocumentId(`${spaceId}-feuille-${YEAR}`),
          spaceId,
          kind: 'feuille-de-route',
          title: `Feuille de route ${YEAR}`,
          sharedWithAll: false,
          createdBy: 'account-bench',
          createdAt: RECENT,
          updatedAt: RECENT,
          pilotage: {
            kind: 'feuille-de-route',
            annee: YEAR,
            ficheIds: Array.from({ length: LINKED }, (_, index) => `${spaceId}-fiche-${index}`),
          },
        })
      }
    })
  }, 120_000)

  afterAll(async () => {
    await server.close()
  })

  it('counts every CLPE’s actions from the index without loading a document', async () => {
    const loads = countCalls(server.server.store, 'load')
    const response = await api.request<RegionalView>('GET', '/api/pilotage/region', { as: admin })
    const filtered = await api.request<RegionalView>(
      'GET',
      '/api/pilotage/region?thematique=mobilite',
      { as: admin },
    )
    loads.restore()

    expect(response.status).toBe(200)
    expect(loads.count()).toBe(0)
    expect(await metricValue(server.httpUrl, 'maillage_rooms')).toBe(0)
    const view = response.body
    expect(view.rows.map((row) => row.spaceId).sort()).toEqual([...spaceIds].sort())
    for (const row of view.rows) {
      expect(row).toMatchObject({
        actions: LINKED,
        byStatus: {
          'en-attente-de-validation': linkedWhere((index) => index % 4 === 0),
          'en-cours': linkedWhere((index) => index % 4 === 1),
          terminee: linkedWhere((index) => index % 4 === 2),
          abandonnee: linkedWhere((index) => index % 4 === 3),
        },
        byThematique: {
          mobilite: linkedWhere((index) => index % 2 === 0),
          formation: linkedWhere((index) => index % 2 === 1),
          logement: linkedWhere((index) => index % 2 === 1),
        },
        byPublic: { jeunes: LINKED },
        quantifiedShare: { withIndicator: linkedWhere((index) => index % 3 === 0), total: LINKED },
        staleCount: linkedWhere((index) => index % 4 === 1 && index % 8 === 1),
      })
      expect(row.averageQuality).toBeCloseTo(40 + 24.5, 5)
    }
    expect(view.totals.actions).toBe(26 * LINKED)
    expect(view.totals.quantifiedShare.withIndicator).toBe(26 * linkedWhere((i) => i % 3 === 0))
    const acces = view.kpis.find((kpi) => kpi.kpi === 'acces-emploi-6-mois')
    expect(acces?.actions).toHaveLength(26 * linkedWhere((index) => index % 3 === 0))

    expect(filtered.status).toBe(200)
    for (const row of filtered.body.rows) {
      expect(row.actions).toBe(linkedWhere((index) => index % 2 === 0))
    }
  })
})
