import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiErrorBody, AtelierSessionView, AtelierView } from '@maillage/protocol'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

const NAMES = ['admin', 'lille', 'lens', 'copil', 'lecteur'] as const
type Name = (typeof NAMES)[number]

const NOTE_TEXT = 'Les entreprises de la filière batterie recrutent des techniciens de maintenance.'
const STICKY_TEXT = 'Ouvrir une formation de technicien batterie à Douai'
const ANONYMOUS_TEXT = 'Une note publiée sans nom'

describe('the live session of an atelier', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  let ids: Record<Name, string>
  const clients: EditorSyncClient[] = []
  // Attendance is written at most once a minute per person: the tests move the server's clock.
  const clock = createAdvanceableClock()

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    const accounts = await signInDemoAccounts(api, NAMES)
    as = accounts.as
    ids = accounts.ids
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  async function connect(who: Name, documentId: string): Promise<EditorSyncClient> {
    const { headers } = syncCredentials(server, as[who])
    const client = connectEditorClient(server.syncUrl, documentId, headers)
    clients.push(client)
    await whenEditorSynced(client)
    return client
  }
  function move(who: Name, id: string, body: object) {
    return api.request<AtelierSessionView & ApiErrorBody>('POST', `/api/ateliers/${id}/session`, {
      as: as[who],
      body,
    })
  }
  function view(who: Name, id: string) {
    return api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as[who] })
  }

  /** An atelier whose facilitator wrote an agenda of three points in the document. */
  async function atelierWithAgenda(capacity = 0): Promise<{ id: string; agenda: string[] }> {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Filières REV3 : quels métiers demain ?', capacity }),
    })
    const { id } = created.body
    const facilitator = await connect('admin', id)
    const agenda = ['accueil', 'etude', 'questions']
    const list = facilitator.doc.getMap('fields').get('agenda')
    if (!(list instanceof Y.Array)) throw new Error('the agenda list is missing')
    facilitator.doc.transact(() => {
      list.push(
        agenda.map((itemId, index) => {
          const item = new Y.Map<unknown>()
          item.set('id', itemId)
          item.set('order', index + 1)
          item.set('titre', new Y.Text(`Point ${index + 1}`))
          item.set('duree', 20)
          return item
        }),
      )
    })
    // Another client sees the agenda once the server has it: moves are checked against it.
    const observer = await connect('admin', id)
    await waitFor(() => {
      const seen = observer.doc.getMap('fields').get('agenda')
      expect(seen instanceof Y.Array ? seen.length : 0).toBe(agenda.length)
    })
    return { id, agenda }
  }

  it('is run by the facilitator: participants see the agenda move live, attendance is recorded', async () => {
    const { id, agenda } = await atelierWithAgenda(2)
    await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as.lille })
    await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as.lens })
    const copil = await api.request<AtelierView>('POST', `/api/ateliers/${id}/inscription`, {
      as: as.copil,
    })
    expect(copil.body.registration?.status).toBe('liste-attente')
    const lille = await connect('lille', id)
    const session = lille.doc.getMap('session')

    const refused = await move('lille', id, { action: 'demarrer' })
    expect(refused.status).toBe(403)
    expect((await move('admin', id, { action: 'aller-a', itemId: 'etude' })).status).toBe(409)

    const started = await move('admin', id, { action: 'demarrer' })
    expect(started.status).toBe(200)
    expect(started.body).toMatchObject({ state: 'en-cours', currentItemId: agenda[0] })
    await waitFor(() => {
      expect(session.get('state')).toBe('en-cours')
      expect(session.get('currentItemId')).toBe(agenda[0])
    })

    // Readers without a seat follow the live session, but are not participants.
    await connect('copil', id)
    await connect('lecteur', id)
    // Lens joins once the session is live: the websocket records their attendance.
    await connect('lens', id)
    const moved = await move('admin', id, { action: 'aller-a', itemId: 'etude' })
    expect(moved.body.currentItemId).toBe('etude')
    await waitFor(() => {
      expect(session.get('currentItemId')).toBe('etude')
    })
    const unknownItem = await move('admin', id, { action: 'aller-a', itemId: 'inconnu' })
    expect(unknownItem.status).toBe(409)
    expect((await move('admin', id, { action: 'demarrer' })).status).toBe(409)

    await waitFor(async () => {
      const present = (await view('admin', id)).body.attendance.map((entry) => entry.person.id)
      expect(present).toContain(ids.lens)
    })
    expect((await view('lille', id)).body.attendance).toEqual([])

    // Within a minute of being seen, people connected at the end are not written again.
    clock.advance(30_000)
    const ended = await move('admin', id, { action: 'terminer' })
    // Ending records everyone connected: only the seat holders and the facilitator count.
    const attendance = (await view('admin', id)).body.attendance
    expect(attendance.map((entry) => entry.person.id).sort()).toEqual(
      [ids.admin, ids.lille, ids.lens].sort(),
    )
    // Lille was connected before the start: recorded when the session started, not again.
    const nadia = attendance.find((entry) => entry.person.id === ids.lille)
    expect(nadia).toMatchObject({
      firstSeenAt: started.body.startedAt,
      lastSeenAt: started.body.startedAt,
    })

    expect(ended.body).toEqual({
      state: 'terminee',
      startedAt: started.body.startedAt,
      endedAt: ended.body.endedAt,
    })
    await waitFor(() => {
      expect(session.get('state')).toBe('terminee')
      expect(session.has('currentItemId')).toBe(false)
    })
    expect((await move('admin', id, { action: 'terminer' })).status).toBe(409)
    expect((await move('admin', id, { action: 'demarrer' })).status).toBe(409)
  })

  it('is resumed by the facilitator once ended, on its first point, reopening registration', async () => {
    const { id, agenda } = await atelierWithAgenda()
    const lille = await connect('lille', id)
    const session = lille.doc.getMap('session')

    expect((await move('admin', id, { action: 'reprendre' })).status).toBe(409)
    const started = await move('admin', id, { action: 'demarrer' })
    await move('admin', id, { action: 'aller-a', itemId: 'questions' })
    expect((await move('admin', id, { action: 'reprendre' })).status).toBe(409)
    await move('admin', id, { action: 'terminer' })
    // Once ended, nobody registers: the atelier reads as over.
    expect(
      (await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as.lens })).status,
    ).toBe(409)

    const refused = await move('lille', id, { action: 'reprendre' })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')
    const resumed = await move('admin', id, { action: 'reprendre' })
    expect(resumed.status).toBe(200)
    expect(resumed.body).toEqual({
      state: 'en-cours',
      currentItemId: agenda[0],
      startedAt: started.body.startedAt,
    })
    await waitFor(() => {
      expect(session.get('state')).toBe('en-cours')
      expect(session.get('currentItemId')).toBe(agenda[0])
      expect(session.has('endedAt')).toBe(false)
    })
    const lens = await api.request<AtelierView>('POST', `/api/ateliers/${id}/inscription`, {
      as: as.lens,
    })
    expect(lens.status).toBe(200)
    expect(lens.body.registration?.status).toBe('inscrit')
    expect((await move('admin', id, { action: 'reprendre' })).status).toBe(409)
  })

  it('drafts the compte rendu once, from the notes and the wall', async () => {
    const { id } = await atelierWithAgenda()
    await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as.lille })
    const lille = await connect('lille', id)
    await move('admin', id, { action: 'demarrer' })

    // A registered participant writes in the shared notes and posts a sticky note to the wall
    // through the API (which stamps her as its author), then places a dot on it; the facilitator
    // opens anonymous posting and she posts a second note without her name.
    lille.appendParagraph(NOTE_TEXT)
    const wall = `/api/ateliers/${id}/mur`
    const sticky = await api.request<{ noteId: string }>('POST', `${wall}/notes`, {
      as: as.lille,
      body: { text: STICKY_TEXT },
    })
    expect(sticky.status).toBe(201)
    const dot = await api.request('POST', `${wall}/notes/${sticky.body.noteId}/points`, {
      as: as.lille,
      body: { delta: 1 },
    })
    expect(dot.status).toBe(200)
    await api.request('PUT', `${wall}/reglages`, { as: as.admin, body: { anonymousAllowed: true } })
    const anonymous = await api.request('POST', `${wall}/notes`, {
      as: as.lille,
      body: { text: ANONYMOUS_TEXT, anonymous: true },
    })
    expect(anonymous.status).toBe(201)
    const facilitator = await connect('admin', id)
    await waitFor(() => {
      expect(facilitator.paragraphs()).toContain(NOTE_TEXT)
      expect(facilitator.doc.getArray('wall').length).toBe(2)
    })

    const early = await api.request<ApiErrorBody>('POST', `/api/ateliers/${id}/compte-rendu`, {
      as: as.admin,
    })
    expect(early.status).toBe(409)
    // More than a minute after the start, people connected at the end are seen again.
    clock.advance(61_000)
    const ended = await move('admin', id, { action: 'terminer' })
    const seen = (await view('admin', id)).body.attendance
    expect(seen.find((entry) => entry.person.id === ids.lille)?.lastSeenAt).toBe(ended.body.endedAt)
    const refused = await api.request('POST', `/api/ateliers/${id}/compte-rendu`, { as: as.lille })
    expect(refused.status).toBe(403)

    const [first, second] = await Promise.all([
      api.request<{ documentId: string }>('POST', `/api/ateliers/${id}/compte-rendu`, {
        as: as.admin,
      }),
      api.request<{ documentId: string }>('POST', `/api/ateliers/${id}/compte-rendu`, {
        as: as.admin,
      }),
    ])
    expect([first.status, second.status].sort()).toEqual([200, 201])
    expect(second.body.documentId).toBe(first.body.documentId)
    const again = await api.request<{ documentId: string }>(
      'POST',
      `/api/ateliers/${id}/compte-rendu`,
      { as: as.admin },
    )
    expect(again.status).toBe(200)
    expect(again.body.documentId).toBe(first.body.documentId)
    const documentId = again.body.documentId
    expect((await view('lens', id)).body.compteRenduId).toBe(documentId)

    // The compte rendu is a document of the atelier's space that participants may read.
    const record = await api.request<{ document: { kind: string; title: string } }>(
      'GET',
      `/api/documents/${documentId}`,
      { as: as.lille },
    )
    expect(record.body.document).toMatchObject({
      kind: 'compte-rendu',
      title: 'Compte rendu — Filières REV3 : quels métiers demain ?',
    })
    const compteRendu = await connect('lille', documentId)
    const body = compteRendu.body.toString()
    expect(body).toContain(NOTE_TEXT)
    // Authors are named from the store; an anonymous note says « Anonyme ».
    expect(body).toContain(`${STICKY_TEXT} — Nadia Benali (1 vote)`)
    expect(body).toContain(`${ANONYMOUS_TEXT} — Anonyme (0 vote)`)
    // Present: the participant and the facilitator, connected while the session was live.
    expect(body).toContain('Participants (2)')
    expect(body).toContain('Nadia Benali')
    const participants = compteRendu.doc.getMap('fields').get('participants')
    expect(participants instanceof Y.Array ? participants.length : 0).toBe(2)
  })
})
