import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, MeetingView } from '@maillage/protocol'
import { clpeSpaceId } from '@maillage/schema'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// The séance of a document of kind `seance` (its page is the séance's, whose id differs), on
// PostgreSQL: found by the séance's readers (Lille's members, the admin), 404 for anyone else and
// for a document that is no séance's.

type Name = 'admin' | 'lille' | 'lecteur' | 'lens'
const SEANCES = '/api/gouvernance/seances'
const LILLE = clpeSpaceId('CLPE59004')

describe('the séance of a document', () => {
  let database: TestDatabase
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Name>
  let meeting: MeetingView

  const ofDocument = (name: Name, documentId: string) =>
    api.request<{ meetingId?: string; error?: { code: string } }>(
      'GET',
      `${SEANCES}/document/${encodeURIComponent(documentId)}`,
      { as: demo.as[name] },
    )

  beforeAll(async () => {
    database = await createTestDatabase()
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'postgres', url: database.url },
    })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lecteur', 'lens'])
    const created = await api.request<MeetingView>('POST', SEANCES, {
      as: demo.as.admin,
      body: {
        instanceId: `${LILLE}-pleniere`,
        title: 'Plénière de printemps',
        date: '2027-04-08',
        time: '14:00',
        durationMinutes: 120,
      },
    })
    expect(created.status, created.text).toBe(201)
    meeting = created.body
  })

  afterAll(async () => {
    await server.close()
    await database.drop()
  })

  it('names the séance to its readers', async () => {
    expect(meeting.documentId).not.toBe(meeting.id)
    for (const name of ['admin', 'lille', 'lecteur'] as const) {
      const found = await ofDocument(name, meeting.documentId)
      expect(found.status, `${name}: ${found.text}`).toBe(200)
      expect(found.body).toEqual({ meetingId: meeting.id })
    }
  })

  it('answers 404 to whoever may not read the séance, and for a document of no séance', async () => {
    const stranger = await ofDocument('lens', meeting.documentId)
    expect(stranger.status).toBe(404)
    expect(stranger.body.error?.code).toBe('NOT_FOUND')
    expect(stranger.body.meetingId).toBeUndefined()
    const fiche = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: demo.as.lille, body: { kind: 'fiche-action', title: 'Forum de l’emploi' } },
    )
    expect(fiche.status, fiche.text).toBe(201)
    expect((await ofDocument('lille', fiche.body.document.id)).status).toBe(404)
    expect((await ofDocument('admin', 'document-inconnu')).status).toBe(404)
  })
})
