import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CloseCode,
  type ApiErrorBody,
  type AtelierView,
  type AtelierWallAuthorView,
  type AtelierWallNoteView,
  type AtelierWallStateView,
} from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { downloadFile } from '../helpers/downloadFile.ts'
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

// The wall of an atelier's live session, with real y-websocket clients:
// anonymous notes, vote budgets under parallel votes (embedded store and PostgreSQL), moderation,
// the exports and the compte rendu.

const NAMES = ['admin', 'lille', 'lens', 'lecteur'] as const
type Name = (typeof NAMES)[number]

const ANONYMOUS_TEXT = 'Les horaires décalés empêchent de garder un emploi sans voiture'
const NAMED_TEXT = 'Ouvrir une formation de technicien batterie à Douai'
const TRICKY_TEXT = 'Formation <script>alert("x")</script> & « mobilité »'

interface Opened {
  readonly client: EditorSyncClient
  readonly closeCodes: number[]
}

function notesOf(doc: Y.Doc): Y.Map<unknown>[] {
  return doc
    .getArray<unknown>('wall')
    .toArray()
    .filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map)
}

function noteOf(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return notesOf(doc).find((note) => note.get('id') === id)
}

describe.each(['lowdb', 'postgres'] as const)('the wall of an atelier (%s)', (storeKind) => {
  let database: TestDatabase | undefined
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  let ids: Record<Name, string>
  const opened: EditorSyncClient[] = []

  allowExitListeners(8)

  beforeAll(async () => {
    database = storeKind === 'postgres' ? await createTestDatabase() : undefined
    server = await startServer({
      auth: 'session',
      demoData: true,
      ...(database === undefined ? {} : { store: { kind: 'postgres', url: database.url } }),
    })
    api = createApiClient(server.httpUrl)
    ;({ as, ids } = await signInDemoAccounts(api, NAMES))
  })
  afterEach(() => {
    for (const client of opened.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
    await database?.drop()
  })

  async function connect(who: Name, documentId: string): Promise<Opened> {
    const client = connectEditorClient(
      server.syncUrl,
      documentId,
      syncCredentials(server, as[who]).headers,
    )
    opened.push(client)
    const closeCodes: number[] = []
    client.provider.on('connection-close', (event: { readonly code: number } | null) => {
      if (event !== null) closeCodes.push(event.code)
    })
    await whenEditorSynced(client)
    return { client, closeCodes }
  }

  /** An atelier of the admin (facilitator) where Lille and Lens hold a seat. */
  async function atelier(title: string): Promise<string> {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title, capacity: 0 }),
    })
    expect(created.status).toBe(201)
    const { id } = created.body
    for (const who of ['lille', 'lens'] as const) {
      await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as[who] })
    }
    return id
  }

  function settings(id: string, body: object) {
    return api.request<AtelierWallStateView & ApiErrorBody>(
      'PUT',
      `/api/ateliers/${id}/mur/reglages`,
      { as: as.admin, body },
    )
  }
  function post(who: Name, id: string, body: object) {
    return api.request<AtelierWallNoteView & ApiErrorBody>(
      'POST',
      `/api/ateliers/${id}/mur/notes`,
      {
        as: as[who],
        body,
      },
    )
  }
  function dot(who: Name, id: string, noteId: string, delta: 1 | -1) {
    return api.request<AtelierWallStateView & ApiErrorBody>(
      'POST',
      `/api/ateliers/${id}/mur/notes/${noteId}/points`,
      { as: as[who], body: { delta } },
    )
  }
  function state(who: Name, id: string) {
    return api.request<AtelierWallStateView>('GET', `/api/ateliers/${id}/mur`, { as: as[who] })
  }

  it('never lets ten parallel dots of one participant exceed a budget of 3', async () => {
    const id = await atelier('Mobilité des jeunes : les dots')
    expect((await settings(id, { voteBudget: 3 })).status).toBe(200)
    const notes = await Promise.all(
      ['Covoiturage', 'Permis à 1 €', 'Navettes'].map(async (text) => {
        const created = await post('lens', id, { text })
        expect(created.status).toBe(201)
        return created.body.noteId
      }),
    )
    const lens = await connect('lens', id)

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => dot('lille', id, notes[index % 3] ?? '', 1)),
    )
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(3)
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(7)
    const mine = await state('lille', id)
    expect(mine.body.remaining).toBe(0)
    expect(Object.values(mine.body.myDots).reduce((sum, count) => sum + count, 0)).toBe(3)
    // Every participant sees the totals the server wrote into `wallVotes`.
    await waitFor(() => {
      const totals = lens.client.doc.getMap<number>('wallVotes')
      expect([...totals.values()].reduce((sum, total) => sum + total, 0)).toBe(3)
    })

    // Taking one back frees one; 0 closes the votes; a reader without a seat has none.
    expect(
      (await dot('lille', id, Object.keys(mine.body.myDots)[0] ?? '', -1)).body.remaining,
    ).toBe(1)
    expect((await settings(id, { voteBudget: 0 })).body.voteBudget).toBe(0)
    expect((await dot('lens', id, notes[0] ?? '', 1)).status).toBe(409)
    await settings(id, { voteBudget: 3 })
    expect((await dot('lecteur', id, notes[0] ?? '', 1)).status).toBe(403)
    expect((await settings(id, { voteBudget: 21 })).status).toBe(400)
  })

  it('posts anonymous notes with no author in the Y.Doc others receive; admins alone reveal it', async () => {
    const id = await atelier('Mobilité des jeunes : le mur anonyme')
    const refused = await post('lille', id, { text: ANONYMOUS_TEXT, anonymous: true })
    expect(refused.status).toBe(409)
    expect((await settings(id, { anonymousAllowed: true })).body.anonymousAllowed).toBe(true)
    const lens = await connect('lens', id)

    const anonymous = await post('lille', id, { text: ANONYMOUS_TEXT, anonymous: true })
    expect(anonymous.status).toBe(201)
    const named = await post('lille', id, { text: NAMED_TEXT })
    // Nobody signs for another: the body has no author to give.
    const forged = await post('lille', id, { text: 'Signée Lens', authorId: ids.lens })
    expect(forged.status).toBe(400)

    await waitFor(() => {
      expect(notesOf(lens.client.doc)).toHaveLength(2)
    })
    const received = noteOf(lens.client.doc, anonymous.body.noteId)
    expect(received?.get('text')).toBe(ANONYMOUS_TEXT)
    expect(received?.get('anonymous')).toBe(true)
    expect(received?.has('authorId')).toBe(false)
    expect(received?.has('authorName')).toBe(false)
    // Not anywhere in the document Lens received: the author's id appears once, on the named note.
    const update = Buffer.from(Y.encodeStateAsUpdate(lens.client.doc)).toString('latin1')
    expect(update.split(ids.lille)).toHaveLength(2)
    expect(noteOf(lens.client.doc, named.body.noteId)?.get('authorId')).toBe(ids.lille)

    const path = `/api/ateliers/${id}/mur/notes/${anonymous.body.noteId}/auteur`
    expect((await api.request('GET', path, { as: as.lens })).status).toBe(403)
    const revealed = await api.request<AtelierWallAuthorView>('GET', path, { as: as.admin })
    expect(revealed.body).toMatchObject({ accountId: ids.lille, name: 'Nadia Benali' })
    const audit = await server.server.metadata.listAudit()
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['atelier-wall.configured', 'atelier-wall.author-revealed']),
    )

    // Its author withdraws it; another participant may not.
    const other = `/api/ateliers/${id}/mur/notes/${anonymous.body.noteId}`
    expect((await api.request('DELETE', other, { as: as.lens })).status).toBe(403)
    expect((await api.request('DELETE', other, { as: as.lille })).status).toBe(204)
    await waitFor(() => {
      expect(notesOf(lens.client.doc)).toHaveLength(1)
    })
  })

  it('closes a client that writes the wall, its dots or its settings directly (4403)', async () => {
    const id = await atelier('Mobilité des jeunes : écritures forgées')
    const created = await post('lens', id, { text: NAMED_TEXT })
    for (const [who, write] of [
      [
        'lille',
        (doc: Y.Doc) => {
          const note = new Y.Map<unknown>()
          note.set('id', 'forged')
          note.set('text', 'Signée de Lens')
          note.set('authorId', ids.lens)
          doc.getArray('wall').push([note])
        },
      ],
      ['lille', (doc: Y.Doc) => doc.getMap('wallVotes').set(created.body.noteId, 50)],
      ['admin', (doc: Y.Doc) => doc.getMap('wallVotes').set(created.body.noteId, 50)],
      ['lille', (doc: Y.Doc) => doc.getMap('wallSettings').set('voteBudget', 20)],
    ] as const) {
      const forger = await connect(who, id)
      write(forger.client.doc)
      await waitFor(() => {
        expect(forger.closeCodes).toContain(CloseCode.Forbidden)
      })
      forger.client.destroy()
    }
    const reader = await connect('lens', id)
    expect(notesOf(reader.client.doc).map((note) => note.get('text'))).toEqual([NAMED_TEXT])
    expect(reader.client.doc.getMap('wallVotes').size).toBe(0)
    expect(reader.client.doc.getMap('wallSettings').get('voteBudget')).toBeUndefined()
  })

  it('hides, moves and exports: hidden notes out of participants’ exports and the compte rendu', async () => {
    const id = await atelier('Mobilité des jeunes : modération')
    await settings(id, { anonymousAllowed: true })
    await api.request('POST', `/api/ateliers/${id}/session`, {
      as: as.admin,
      body: { action: 'demarrer' },
    })
    const facilitator = await connect('admin', id)
    const group = new Y.Map<unknown>()
    group.set('id', 'groupe-1')
    group.set('label', 'Transports & horaires')
    facilitator.client.doc.getArray('wallGroups').push([group])
    const anonymous = await post('lille', id, { text: ANONYMOUS_TEXT, anonymous: true })
    const named = await post('lens', id, { text: NAMED_TEXT })
    expect((await post('lille', id, { text: TRICKY_TEXT })).status).toBe(201)
    await dot('lens', id, anonymous.body.noteId, 1)
    await dot('lens', id, anonymous.body.noteId, 1)
    await dot('lille', id, named.body.noteId, 1)

    const notePath = (noteId: string) => `/api/ateliers/${id}/mur/notes/${noteId}`
    const moved = await api.request('PATCH', notePath(anonymous.body.noteId), {
      as: as.admin,
      body: { groupId: 'groupe-1' },
    })
    expect(moved.status).toBe(204)
    expect(
      (
        await api.request('PATCH', notePath(named.body.noteId), {
          as: as.lille,
          body: { hidden: true },
        })
      ).status,
    ).toBe(403)
    const hidden = await api.request('PATCH', notePath(named.body.noteId), {
      as: as.admin,
      body: { hidden: true },
    })
    expect(hidden.status).toBe(204)
    const lens = await connect('lens', id)
    await waitFor(() => {
      expect(noteOf(lens.client.doc, named.body.noteId)?.get('hidden')).toBe(true)
      expect(noteOf(lens.client.doc, anonymous.body.noteId)?.get('groupId')).toBe('groupe-1')
    })
    expect((await dot('lille', id, named.body.noteId, 1)).status).toBe(409)

    const participantFile = await downloadFile(
      server.httpUrl,
      `/api/ateliers/${id}/mur.csv`,
      as.lille,
    )
    expect(participantFile.status).toBe(200)
    expect(participantFile.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect([...participantFile.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const participantCsv = {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(participantFile.bytes.slice(3)),
    }
    expect(participantCsv.text.startsWith('Note;Groupe;Votes;Auteur;Créée le\r\n')).toBe(true)
    expect(participantCsv.text).toContain(`${ANONYMOUS_TEXT};Transports & horaires;2;Anonyme;`)
    expect(participantCsv.text).not.toContain(NAMED_TEXT)
    const facilitatorCsv = await api.request('GET', `/api/ateliers/${id}/mur.csv`, {
      as: as.admin,
    })
    expect(facilitatorCsv.text).toContain('Masquée')
    expect(facilitatorCsv.text).toMatch(
      new RegExp(`${NAMED_TEXT};Sans groupe;1;Julien Lefebvre;[^;]+;oui`),
    )

    const svg = await api.request('GET', `/api/ateliers/${id}/mur.svg`, { as: as.lille })
    expect(svg.status).toBe(200)
    expect(svg.text).toContain('<svg')
    expect(svg.text).toContain('Transports &amp; horaires (1)')
    expect(svg.text).toContain('&lt;script&gt;')
    expect(svg.text).not.toContain('<script>')
    expect(svg.text).toContain('Anonyme · 2 votes')
    expect(svg.text).not.toContain(NAMED_TEXT)

    await api.request('POST', `/api/ateliers/${id}/session`, {
      as: as.admin,
      body: { action: 'terminer' },
    })
    expect((await post('lille', id, { text: 'Trop tard' })).status).toBe(409)
    const drafted = await api.request<{ documentId: string }>(
      'POST',
      `/api/ateliers/${id}/compte-rendu`,
      { as: as.admin },
    )
    expect(drafted.status).toBe(201)
    const compteRendu = await connect('admin', drafted.body.documentId)
    const body = compteRendu.client.body.toString()
    expect(body).toContain(`${ANONYMOUS_TEXT} — Anonyme (2 votes)`)
    expect(body).not.toContain(NAMED_TEXT)
  })
})
