import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import type { ClpeDashboard, RegionalView } from '@maillage/schema'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { addListItem, listItem } from '../helpers/listItems.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LILLE = 'clpe-59004'
/** Later than any demo feuille de route: ours is Lille's current one. */
const YEAR = 2100

describe('the pilotage dashboards follow the saved documents', () => {
  let server: TestServer
  let api: ApiClient
  const as: Record<'lille' | 'lecteur' | 'lens' | 'admin', Credential> = {} as never
  const clients: SyncClient[] = []
  let fiche: DocumentView
  let feuille: DocumentView
  let ficheFields: Y.Map<unknown>

  async function create(kind: string, title: string): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: as.lille, body: { kind, title } },
    )
    expect(created.status).toBe(201)
    return created.body.document
  }

  async function open(documentId: string): Promise<Y.Map<unknown>> {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, as.lille))
    clients.push(client)
    await whenSynced(client)
    return client.doc.getMap('fields')
  }

  async function dashboard(who: Credential, query = ''): Promise<ClpeDashboard> {
    const response = await api.request<ClpeDashboard>(
      'GET',
      `/api/espaces/${LILLE}/pilotage${query}`,
      { as: who },
    )
    expect(response.status).toBe(200)
    return response.body
  }

  async function region(): Promise<RegionalView> {
    const response = await api.request<RegionalView>('GET', '/api/pilotage/region', {
      as: as.admin,
    })
    expect(response.status).toBe(200)
    return response.body
  }

  const lilleRow = (view: RegionalView) => view.rows.find((row) => row.spaceId === LILLE)

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    as.lille = (await api.signIn('lille@demo.maillage.fr')).credential
    as.lecteur = (await api.signIn('lecteur@demo.maillage.fr')).credential
    as.lens = (await api.signIn('lens@demo.maillage.fr')).credential
    as.admin = (await api.signIn('admin@demo.maillage.fr')).credential

    fiche = await create('fiche-action', 'Permis de conduire pour les jeunes')
    feuille = await create('feuille-de-route', `Feuille de route ${YEAR}`)
    ficheFields = await open(fiche.id)
    ficheFields.doc?.transact(() => {
      const thematiques = ficheFields.get('thematiques')
      if (thematiques instanceof Y.Map) thematiques.set('mobilite', true)
      addListItem(ficheFields, 'indicateurs', {
        id: 'permis',
        order: 1,
        text: { libelle: 'Permis obtenus', unite: 'personnes' },
        values: { niveau: 'resultat', cible: 20, dateCible: '2100-06-30' },
      })
      listItem(ficheFields, 'indicateurs', 'permis').set('mesures', new Y.Array())
    })
    const feuilleFields = await open(feuille.id)
    feuilleFields.doc?.transact(() => {
      feuilleFields.set('annee', YEAR)
      addListItem(feuilleFields, 'fichesAction', {
        id: 'lien-permis',
        order: 1,
        values: { fiche: fiche.id },
      })
    })
    // Both saves indexed: the dashboard shows our feuille de route and its one action.
    await waitFor(async () => {
      const shown = await dashboard(as.lille)
      expect(shown.feuilleDeRoute).toMatchObject({ documentId: feuille.id, annee: YEAR })
      expect(shown.indicators.map((row) => row.indicatorId)).toEqual(['permis'])
    })
  })

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('shows a status changed on the websocket on the dashboard and the regional view once saved', async () => {
    const before = await dashboard(as.lille)
    expect(before.scope).toBe('feuille-de-route')
    expect(before.actions).toMatchObject([
      { documentId: fiche.id, status: 'en-attente-de-validation', thematiques: ['mobilite'] },
    ])
    expect(before.actions[0]?.hasQuantifiedEffectIndicator).toBe(true)
    expect(before.canMeasure).toBe(true)
    const rowBefore = lilleRow(await region())
    expect(rowBefore).toMatchObject({ actions: 1, byStatus: { 'en-cours': 0 } })

    ficheFields.set('statut', 'en-cours')

    await waitFor(async () => {
      const after = await dashboard(as.lille)
      expect(after.actions[0]?.status).toBe('en-cours')
      expect(after.byStatus).toMatchObject({ 'en-cours': 1, 'en-attente-de-validation': 0 })
    })
    const rowAfter = lilleRow(await region())
    expect(rowAfter).toMatchObject({
      actions: 1,
      byStatus: { 'en-cours': 1, 'en-attente-de-validation': 0 },
      byThematique: { mobilite: 1 },
      quantifiedShare: { withIndicator: 1, total: 1, ratio: 1 },
    })
  })

  it('shows a measurement entered through the API as the latest, with progress and trend', async () => {
    const before = await dashboard(as.lille)
    expect(before.indicators[0]).toMatchObject({ latest: null, progress: null, trend: null })

    for (const measure of [
      { date: '2026-01-15', valeur: 5 },
      { date: '2026-02-15', valeur: 12 },
    ]) {
      const posted = await api.request(
        'POST',
        `/api/documents/${fiche.id}/indicateurs/permis/mesures`,
        { as: as.lille, body: measure },
      )
      expect(posted.status).toBe(201)
    }

    const after = await waitFor(async () => {
      const shown = await dashboard(as.lille)
      expect(shown.indicators[0]?.measurements).toHaveLength(2)
      return shown
    })
    expect(after.indicators[0]).toMatchObject({
      indicatorId: 'permis',
      unit: 'personnes',
      target: 20,
      latest: { date: '2026-02-15', value: 12 },
      progress: 0.6,
      trend: 'hausse',
    })
  })

  it('filters the dashboard by thématique and public, and refuses unknown values', async () => {
    expect((await dashboard(as.lille, '?thematique=mobilite')).actions).toHaveLength(1)
    const logement = await dashboard(as.lille, '?thematique=logement')
    expect(logement.actions).toEqual([])
    expect(logement.indicators).toEqual([])
    expect(logement.filters).toEqual({ thematique: 'logement' })
    const refused = await api.request<{ error: { code: string; message: string } }>(
      'GET',
      `/api/espaces/${LILLE}/pilotage?public=tout-le-monde`,
      { as: as.lille },
    )
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('VALIDATION_FAILED')
    const unknown = await api.request('GET', '/api/espaces/clpe-99999/pilotage', { as: as.lille })
    expect(unknown.status).toBe(404)
  })

  it('shows the lecteur everything without measuring, and another CLPE only what is shared', async () => {
    const lecteur = await dashboard(as.lecteur)
    expect(lecteur).toMatchObject({ sharedOnly: false, canMeasure: false })
    expect(lecteur.actions.map((action) => action.documentId)).toEqual([fiche.id])

    const lens = await dashboard(as.lens)
    expect(lens).toMatchObject({ sharedOnly: true, canMeasure: false })
    expect(lens.actions.map((action) => action.documentId)).not.toContain(fiche.id)
    expect(lens.feuilleDeRoute?.documentId).not.toBe(feuille.id)

    for (const document of [fiche, feuille]) {
      const shared = await api.request('PATCH', `/api/documents/${document.id}`, {
        as: as.lille,
        body: { sharedWithAll: true },
      })
      expect(shared.status).toBe(200)
    }
    const afterSharing = await dashboard(as.lens)
    expect(afterSharing.feuilleDeRoute?.documentId).toBe(feuille.id)
    expect(afterSharing.actions.map((action) => action.documentId)).toEqual([fiche.id])
    expect(afterSharing.indicators.map((row) => row.indicatorId)).toEqual(['permis'])
  })

  it('keeps the regional view to the region', async () => {
    for (const who of [as.lille, as.lecteur, as.lens]) {
      const refused = await api.request<{ error: { code: string; message: string } }>(
        'GET',
        '/api/pilotage/region',
        { as: who },
      )
      expect(refused.status).toBe(403)
      expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')
      expect(refused.body.error.message).toMatch(/CoRE/)
    }
    const view = await region()
    expect(view.rows).toHaveLength(26)
    expect(lilleRow(view)?.departement).toBe('Nord')
    expect(view.canDraftBilan).toBe(true)
    expect((await api.request('GET', '/api/pilotage/region')).status).toBe(401)
  })
})
