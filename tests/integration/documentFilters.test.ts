import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentView } from '@maillage/protocol'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const DAY = 24 * 60 * 60 * 1000
/** CLPE Arras: a space the demo data leaves empty, so that its list holds only this test's documents. */
const ARRAS = 'clpe-62001'

describe('filters of a space’s document list', () => {
  let server: TestServer
  let clock: AdvanceableClock
  let api: ApiClient
  let admin: Credential
  const clients: EditorSyncClient[] = []

  beforeEach(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
  })

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function create(kind: string, title: string): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${ARRAS}/documents`,
      { as: admin, body: { kind, title } },
    )
    expect(created.status).toBe(201)
    return created.body.document
  }

  async function list(query: string): Promise<string[]> {
    const response = await api.request<{ documents: DocumentView[] }>(
      'GET',
      `/api/spaces/${ARRAS}/documents?${query}`,
      { as: admin },
    )
    expect(response.status).toBe(200)
    return response.body.documents.map((document) => document.title).sort()
  }

  async function setStatus(documentId: string, status: string): Promise<void> {
    const { headers } = syncCredentials(server, admin)
    const client = connectEditorClient(server.syncUrl, documentId, headers)
    clients.push(client)
    await waitFor(() => {
      expect(client.provider.synced).toBe(true)
    })
    client.doc.getMap('fields').set('statut', status)
    await waitFor(async () => {
      const response = await api.request<{ document: DocumentView }>(
        'GET',
        `/api/documents/${documentId}`,
        { as: admin },
      )
      expect(response.body.document.status).toBe(status)
    })
  }

  it('filters by kind, status and staleness, combined', async () => {
    await create('fiche-action', 'Fiche en attente')
    const running = await create('fiche-action', 'Fiche en cours')
    const done = await create('fiche-action', 'Fiche terminée')
    await create('note', 'Note de veille')
    await setStatus(running.id, 'en-cours')
    await setStatus(done.id, 'terminee')

    expect(await list('kind=fiche-action')).toEqual([
      'Fiche en attente',
      'Fiche en cours',
      'Fiche terminée',
    ])
    expect(await list('kind=fiche-action&status=en-cours')).toEqual(['Fiche en cours'])
    expect(await list('kind=note&status=en-cours')).toEqual([])
    expect(await list('kind=fiche-action&stale=true')).toEqual([])

    // A month later, running fiches that nobody updated are stale; a finished one never is.
    clock.advance(31 * DAY)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    expect(await list('kind=fiche-action&stale=true')).toEqual([
      'Fiche en attente',
      'Fiche en cours',
    ])
    expect(await list('status=en-cours&stale=true')).toEqual(['Fiche en cours'])
    expect(await list('stale=false')).toEqual(['Fiche terminée', 'Note de veille'])
    const all = await api.request<{ documents: DocumentView[] }>(
      'GET',
      `/api/spaces/${ARRAS}/documents`,
      { as: admin },
    )
    const stale = Object.fromEntries(all.body.documents.map((d) => [d.title, d.stale]))
    expect(stale).toEqual({
      'Fiche en attente': true,
      'Fiche en cours': true,
      'Fiche terminée': false,
      'Note de veille': undefined,
    })
  })

  it('refuses unknown kinds, statuses and flags with a French message', async () => {
    for (const query of ['kind=fiche', 'status=en-retard', 'stale=oui']) {
      const response = await api.request<{ error: { code: string; message: string } }>(
        'GET',
        `/api/spaces/${ARRAS}/documents?${query}`,
        { as: admin },
      )
      expect(response.status, query).toBe(400)
      expect(response.body.error.code).toBe('VALIDATION_FAILED')
      expect(response.body.error.message).toMatch(/incorrectes/)
    }
  })
})
