import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, HomeView } from '@maillage/protocol'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const MINUTE = 60 * 1000
const LENS = 'clpe-62005'

describe('GET /api/home', () => {
  let server: TestServer
  let clock: AdvanceableClock
  let api: ApiClient
  let as: Record<'lille' | 'lens' | 'admin' | 'lecteur', Credential>
  const clients: SyncClient[] = []

  // Sessions last an hour of the server's clock, which the tests move: they sign in again.
  async function signInAll(): Promise<void> {
    const [lille, lens, admin, lecteur] = await Promise.all([
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lens@demo.maillage.fr'),
      api.signIn('admin@demo.maillage.fr'),
      api.signIn('lecteur@demo.maillage.fr'),
    ])
    as = {
      lille: lille.credential,
      lens: lens.credential,
      admin: admin.credential,
      lecteur: lecteur.credential,
    }
  }

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    await signInAll()
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function home(credential: Credential): Promise<HomeView> {
    const response = await api.request<HomeView>('GET', '/api/home', { as: credential })
    expect(response.status).toBe(200)
    return response.body
  }

  async function createDocument(
    credential: Credential,
    spaceId: string,
    title: string,
  ): Promise<string> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${spaceId}/documents`,
      { as: credential, body: { kind: 'note', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  /** Edits a document as `credential` over the websocket and waits until the edit is indexed. */
  async function edit(credential: Credential, documentId: string, name: string): Promise<void> {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, credential))
    clients.push(client)
    await whenSynced(client)
    client.text.insert(0, `Modifié par ${name}. `)
    await waitFor(async () => {
      const response = await api.request<{ document: DocumentView }>(
        'GET',
        `/api/documents/${documentId}`,
        { as: credential },
      )
      expect(response.body.document.lastEditorName).toBe(name)
    })
  }

  const titles = (documents: readonly DocumentView[]): string[] =>
    documents.map((document) => document.title)

  it('lists the documents a person can open, last changed first, without archived ones', async () => {
    const first = await createDocument(as.lille, LILLE, 'Lille : première note')
    clock.advance(MINUTE)
    await createDocument(as.lille, LILLE, 'Lille : deuxième note')
    clock.advance(MINUTE)
    const archived = await createDocument(as.lille, LILLE, 'Lille : note archivée')
    await api.request('POST', `/api/documents/${archived}/archive`, { as: as.lille })
    clock.advance(MINUTE)
    await edit(as.admin, first, 'Camille Dupont')

    const lille = await home(as.lille)
    // The demo data's documents (the pilotage of Lille) were changed before: they come after.
    expect(titles(lille.recent).slice(0, 2)).toEqual([
      'Lille : première note',
      'Lille : deuxième note',
    ])
    expect(titles(lille.recent)).not.toContain('Lille : note archivée')
    expect(lille.recent[0]).toMatchObject({
      spaceId: LILLE,
      kind: 'note',
      access: 'write',
      lastEditorName: 'Camille Dupont',
    })
    expect(lille.recent[0]).not.toHaveProperty('lastEditorId')
    expect(titles((await home(as.lecteur)).recent)).toEqual(titles(lille.recent))
    expect((await home(as.lecteur)).recent[0]?.access).toBe('read')
  })

  it('shows no document of a space the person is not a member of, unless it is shared', async () => {
    const shared = await createDocument(as.lille, LILLE, 'Lille : bonne pratique partagée')
    await api.request('PATCH', `/api/documents/${shared}`, {
      as: as.lille,
      body: { sharedWithAll: true },
    })
    await createDocument(as.lens, LENS, 'Lens : diagnostic')

    const lens = await home(as.lens)
    expect(titles(lens.recent).slice(0, 2)).toEqual([
      'Lens : diagnostic',
      'Lille : bonne pratique partagée',
    ])
    expect(titles(lens.recent)).not.toContain('Lille : première note')
    expect(lens.recent[1]?.access).toBe('read')
    expect(titles((await home(as.lille)).recent)).not.toContain('Lens : diagnostic')
    expect(titles((await home(as.admin)).recent)).toEqual(
      expect.arrayContaining(['Lens : diagnostic', 'Lille : première note']),
    )
  })

  it('keeps at most 12 recent documents', async () => {
    for (let index = 0; index < 13; index += 1) {
      await createDocument(as.lens, LENS, `Lens : fiche ${index + 1}`)
    }
    const lens = await home(as.lens)
    expect(lens.recent).toHaveLength(12)
    expect(lens.recent[0]?.title).toBe('Lens : fiche 13')
  })

  it('lists what others changed since the previous visit, a visit ending after 30 minutes away', async () => {
    const byOthers = await createDocument(as.lille, LILLE, 'Lille : plan d’action')
    const byMe = await createDocument(as.admin, LILLE, 'Lille : feuille de route')

    clock.advance(31 * MINUTE)
    const firstVisit = await home(as.lille)
    // Any earlier visit of this file's tests ended more than 30 minutes ago: a new visit.
    expect(firstVisit.previousVisitAt).not.toBeNull()
    const visitStart = new Date(clock.now()).toISOString()

    clock.advance(10 * MINUTE)
    const sameVisit = await home(as.lille)
    expect(sameVisit.previousVisitAt).toBe(firstVisit.previousVisitAt)

    clock.advance(MINUTE)
    await edit(as.admin, byOthers, 'Camille Dupont')
    await edit(as.lille, byMe, 'Nadia Benali')
    await signInAll()

    clock.advance(31 * MINUTE)
    const nextVisit = await home(as.lille)
    expect(nextVisit.previousVisitAt).not.toBeNull()
    // The previous visit ended when the person was last seen: at the second opening, not the first.
    expect(Date.parse(nextVisit.previousVisitAt ?? '')).toBeGreaterThan(Date.parse(visitStart))
    expect(titles(nextVisit.changedSinceLastVisit)).toEqual(['Lille : plan d’action'])
    expect(nextVisit.changedSinceLastVisit[0]?.lastEditorName).toBe('Camille Dupont')

    const reload = await home(as.lille)
    expect(reload.previousVisitAt).toBe(nextVisit.previousVisitAt)
    expect(titles(reload.changedSinceLastVisit)).toEqual(['Lille : plan d’action'])
  })

  it('lists nothing as changed on a first visit', async () => {
    const copil = await api.signIn('copil@demo.maillage.fr')
    const first = await home(copil.credential)
    expect(first.previousVisitAt).toBeNull()
    expect(first.changedSinceLastVisit).toEqual([])
    // Copil@'s space holds only the séances of the comité de pilotage: the accueil lists them and
    // what other spaces share, nothing private to another space.
    expect(first.recent.length).toBeGreaterThan(0)
    expect(
      first.recent.every(
        (document) => document.sharedWithAll || document.spaceId === 'comite-de-pilotage',
      ),
    ).toBe(true)
    expect(first.recent.some((document) => document.sharedWithAll)).toBe(true)
  })

  it('refuses an anonymous request', async () => {
    const response = await api.request('GET', '/api/home')
    expect(response.status).toBe(401)
  })
})
