import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createApiClient } from '../helpers/apiClient.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const MS_PER_DAY = 86_400_000

type Records = Awaited<ReturnType<TestServer['server']['metadata']['listDocumentsOfKinds']>>

/** The fiches action and feuilles de route of one space, from the index. */
async function pilotageDocumentsOf(server: TestServer, spaceId: string): Promise<Records> {
  const records = await server.server.metadata.listDocumentsOfKinds([
    'fiche-action',
    'feuille-de-route',
  ])
  return records.filter((record) => record.spaceId === spaceId)
}

function ofKind(records: Records, kind: string): Records {
  return records.filter((record) => record.kind === kind)
}

describe('the demo data of the pilotage', () => {
  let dataDir: string
  let server: TestServer
  const clients: SyncClient[] = []

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-pilotage-demo-'))
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
    })
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('gives Lille a feuille de route of the year whose pilotage links its dozen fiches action', async () => {
    const records = await pilotageDocumentsOf(server, LILLE)
    const [plan, ...others] = ofKind(records, 'feuille-de-route')
    expect(others).toEqual([])
    expect(plan?.status).toBe('validee')
    expect(plan?.lastEditorName).toBe('Nadia Benali')
    const pilotage = plan?.pilotage
    if (pilotage?.kind !== 'feuille-de-route') throw new Error('no pilotage digest')
    expect(pilotage.annee).toBe(new Date().getUTCFullYear())
    const fiches = ofKind(records, 'fiche-action')
    expect(pilotage.ficheIds).toHaveLength(12)
    expect(new Set(pilotage.ficheIds)).toEqual(new Set(fiches.map((fiche) => fiche.id)))
  })

  it('writes fiches with statuses, indicators and dated measurements, two of them stale', async () => {
    const fiches = ofKind(await pilotageDocumentsOf(server, LILLE), 'fiche-action')
    expect(new Set(fiches.map((fiche) => fiche.status))).toEqual(
      new Set(['en-attente-de-validation', 'en-cours', 'terminee', 'abandonnee']),
    )
    expect(new Set(fiches.map((fiche) => fiche.lastEditorName))).toEqual(
      new Set(['Nadia Benali', 'Élodie Vasseur']),
    )
    const indicators = fiches.flatMap((fiche) =>
      fiche.pilotage?.kind === 'fiche-action' ? fiche.pilotage.indicators : [],
    )
    expect(new Set(indicators.map((indicator) => indicator.level))).toEqual(
      new Set(['realisation', 'resultat', 'impact']),
    )
    expect(
      indicators.filter((indicator) => indicator.measurements.length >= 3).length,
    ).toBeGreaterThan(5)
    expect(indicators.filter((indicator) => indicator.kpi !== '').length).toBeGreaterThan(5)
    const finished = fiches.filter((fiche) => fiche.status === 'terminee')
    for (const fiche of finished) {
      expect(fiche.pilotage?.kind === 'fiche-action' && fiche.pilotage.efficacite).not.toBeNull()
    }
    const staleBefore = Date.now() - 30 * MS_PER_DAY
    const stale = fiches.filter(
      (fiche) => fiche.status === 'en-cours' && Date.parse(fiche.updatedAt) < staleBefore,
    )
    expect(stale).toHaveLength(2)
  })

  it('keeps who entered each measurement and when, in the fiche that members co-edit', async () => {
    const api = createApiClient(server.httpUrl)
    const nadia = await api.signIn('lille@demo.maillage.fr')
    const fiches = ofKind(await pilotageDocumentsOf(server, LILLE), 'fiche-action')
    const jobDating = fiches.find((fiche) => fiche.title === 'Job datings logistique à Roubaix')
    if (jobDating === undefined) throw new Error('the job dating fiche is missing')
    const { headers } = syncCredentials(server, nadia.credential)
    const client = connectClient(server.syncUrl, jobDating.id, { headers })
    clients.push(client)
    await whenSynced(client)
    const indicators = client.doc.getMap('fields').get('indicateurs')
    if (!(indicators instanceof Y.Array)) throw new Error('no indicators')
    const measures = (indicators.toJSON() as { mesures: Record<string, unknown>[] }[]).flatMap(
      (indicator) => indicator.mesures,
    )
    expect(measures.length).toBeGreaterThanOrEqual(8)
    for (const measure of measures) {
      expect(measure).toMatchObject({ saisiePar: 'Nadia Benali' })
      expect(String(measure['saisieLe']) >= String(measure['date'])).toBe(true)
    }
  })

  it('gives Lens the same, and six more CLPE a few fiches each', async () => {
    const lens = await pilotageDocumentsOf(server, LENS)
    expect(ofKind(lens, 'feuille-de-route')).toHaveLength(1)
    expect(ofKind(lens, 'fiche-action')).toHaveLength(12)
    const fiches = await server.server.metadata.listDocumentsOfKinds(['fiche-action'])
    const perSpace = new Map<string, number>()
    for (const fiche of fiches) perSpace.set(fiche.spaceId, (perSpace.get(fiche.spaceId) ?? 0) + 1)
    const others = [...perSpace].filter(([spaceId]) => spaceId !== LILLE && spaceId !== LENS)
    expect(others).toHaveLength(6)
    for (const [, count] of others) expect(count).toBeGreaterThanOrEqual(3)
  })

  it('does not seed again when the server starts over the same directory', async () => {
    const before = await server.server.metadata.listDocumentsOfKinds([
      'fiche-action',
      'feuille-de-route',
    ])
    await server.close()
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
    })
    const after = await server.server.metadata.listDocumentsOfKinds([
      'fiche-action',
      'feuille-de-route',
    ])
    expect(after.map((record) => record.id).sort()).toEqual(
      before.map((record) => record.id).sort(),
    )
  })

  it('seeds no pilotage without demo data', async () => {
    const bare = await startServer({ auth: 'session', demoData: false })
    try {
      expect(await bare.server.metadata.listDocumentsOfKinds(['fiche-action'])).toEqual([])
    } finally {
      await bare.close()
    }
  })
})
