import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorBody, DocumentView, ExchangeView, SearchView } from '@maillage/protocol'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { searchAs, searchPath, type SearchParams } from '../helpers/searchClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

// What each person finds with the search box: never a document they may not read, for every kind
// of result (documents, échanges, ateliers, fiches outil), kept up to date as documents change.

const NAMES = ['lille', 'lille2', 'lens', 'lecteur', 'admin', 'copil'] as const
type Name = (typeof NAMES)[number]

describe('search: what each person finds', () => {
  let server: TestServer
  let clock: AdvanceableClock
  let api: ApiClient
  let as: Record<Name, Credential>
  const clients: EditorSyncClient[] = []

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    as = (await signInDemoAccounts(api, NAMES)).as
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  const search = (who: Name, query: string, params?: SearchParams): Promise<SearchView> =>
    searchAs(api, clock, as[who], query, params)
  const idsFound = async (who: Name, query: string): Promise<string[]> =>
    (await search(who, query)).results.map((result) => result.id)

  async function createDocument(title: string, kind = 'diagnostic'): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: as.lille, body: { kind, title } },
    )
    expect(created.status, created.text).toBe(201)
    return created.body.document
  }
  async function change(who: Name, method: string, path: string, body?: unknown): Promise<void> {
    const response = await api.request(method, path, { as: as[who], body })
    expect(response.status, response.text).toBeLessThan(300)
  }

  it('finds a document of a CLPE for its members only, and for all once shared with all', async () => {
    const document = await createDocument('Diagnostic tramontane du bassin lillois')
    const found = await waitFor(async () => {
      const view = await search('lille', 'Tramontane')
      expect(view.results.map((result) => result.id)).toEqual([document.id])
      return view
    })
    expect(found.results[0]).toMatchObject({
      type: 'document',
      kind: 'diagnostic',
      title: 'Diagnostic tramontane du bassin lillois',
      spaceId: LILLE,
      path: `/documents/${document.id}`,
      archived: false,
    })
    expect(found.results[0]?.spaceName).toMatch(/Lille/)
    expect(found.results[0]?.passage.filter((segment) => segment.match)).toEqual([
      { text: 'tramontane', match: true },
    ])
    expect(await idsFound('lecteur', 'tramontane')).toEqual([document.id])
    expect(await idsFound('admin', 'tramontane')).toEqual([document.id])
    expect(await idsFound('lens', 'tramontane')).toEqual([])
    expect(await idsFound('copil', 'tramontane')).toEqual([])

    await change('lille', 'PATCH', `/api/documents/${document.id}`, { sharedWithAll: true })
    await waitFor(async () => {
      expect(await idsFound('lens', 'tramontane')).toEqual([document.id])
    })
    await change('lille', 'PATCH', `/api/documents/${document.id}`, { sharedWithAll: false })
    await waitFor(async () => {
      expect(await idsFound('lens', 'tramontane')).toEqual([])
    })
  })

  it('shows an archived document to the members of its space only, not to other territories', async () => {
    const document = await createDocument('Bilan sirocco')
    await change('lille', 'PATCH', `/api/documents/${document.id}`, { sharedWithAll: true })
    await waitFor(async () => {
      expect(await idsFound('lens', 'sirocco')).toEqual([document.id])
    })
    await change('lille', 'POST', `/api/documents/${document.id}/archive`)
    await waitFor(async () => {
      expect(await idsFound('lens', 'sirocco')).toEqual([])
    })
    const members = await search('lecteur', 'sirocco')
    expect(members.results.map((result) => [result.id, result.archived])).toEqual([
      [document.id, true],
    ])
    await change('lille', 'POST', `/api/documents/${document.id}/restore`)
    await waitFor(async () => {
      expect(await idsFound('lens', 'sirocco')).toEqual([document.id])
    })
  })

  it('never shows an individual survey answer to anyone but its author, admins included', async () => {
    const created = await api.request<{ survey: { id: string } }>('POST', '/api/surveys', {
      as: as.admin,
      body: {
        title: 'Enquête brisefer',
        mode: 'individual',
        questions: [{ kind: 'text', label: 'Vos besoins' }],
        targetSpaceIds: [LILLE],
      },
    })
    expect(created.status, created.text).toBe(201)
    const surveyId = created.body.survey.id
    await change('admin', 'POST', `/api/surveys/${surveyId}/open`, {
      opensAt: new Date(clock.now() - 60_000).toISOString(),
      closesAt: new Date(clock.now() + 30 * 60_000).toISOString(),
    })
    const answerOf = async (who: Name): Promise<string> => {
      const answer = await api.request<{ answer: { answerDocumentId: string } }>(
        'GET',
        `/api/surveys/${surveyId}/answers/${LILLE}`,
        { as: as[who] },
      )
      expect(answer.status, answer.text).toBe(200)
      return answer.body.answer.answerDocumentId
    }
    const nadia = await answerOf('lille')
    const elodie = await answerOf('lille2')
    await waitFor(async () => {
      expect(await idsFound('lille', 'brisefer')).toEqual([nadia])
    })
    expect(await idsFound('lille2', 'brisefer')).toEqual([elodie])
    expect(await idsFound('admin', 'brisefer')).toEqual([])
    expect(await idsFound('lecteur', 'brisefer')).toEqual([])
  })

  it('lets every signed-in member find a thread of the échanges by its title and its messages', async () => {
    const opened = await api.request<ExchangeView>('POST', '/api/echanges', {
      as: as.lille,
      body: {
        type: 'question',
        title: 'Quel accompagnement pour les saisonniers du mistral ?',
        themes: ['formation', 'insertion'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: messageContent('Nos stagiaires abandonnent faute de mode de garde.'),
      },
    })
    expect(opened.status, opened.text).toBe(201)
    const thread = opened.body
    await change('lens', 'POST', `/api/echanges/${thread.id}/messages`, {
      content: messageContent('À Lens, les emplois du littoral passent par un groupement.'),
    })
    const byMessage = await waitFor(async () => {
      const view = await search('copil', 'emploi littoral')
      expect(view.results.map((result) => result.id)).toEqual([thread.id])
      return view
    })
    expect(byMessage.results[0]).toMatchObject({ type: 'echange', path: `/echanges/${thread.id}` })
    expect(byMessage.results[0]?.passage.filter((segment) => segment.match)).toEqual([
      { text: 'emplois', match: true },
      { text: 'littoral', match: true },
    ])
    expect(await idsFound('lecteur', 'mistral')).toEqual([thread.id])
    const anonymous = await api.request('GET', searchPath('mistral'))
    expect(anonymous.status).toBe(401)
  })

  it('lets every member find an atelier by the fields of its programme', async () => {
    const created = await api.request<{ id: string }>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Atelier des pratiques', intervenants: 'Collectif Alizé' }),
    })
    expect(created.status, created.text).toBe(201)
    const found = await waitFor(async () => {
      const view = await search('lens', 'alize')
      expect(view.results.map((result) => result.id)).toEqual([created.body.id])
      return view
    })
    expect(found.results[0]).toMatchObject({
      type: 'atelier',
      kind: 'atelier',
      path: `/ateliers/${created.body.id}`,
    })
    expect(await idsFound('lecteur', 'alizé')).toEqual([created.body.id])
  })

  it('lets every member find the fiches outil of the boîte à outils', async () => {
    for (const who of ['lens', 'lecteur', 'copil'] as const) {
      const view = await search(who, 'annuaire des services', { type: 'outil' })
      expect(view.results.map((result) => result.title)).toContain('DORA')
      expect(view.results.every((result) => result.type === 'outil')).toBe(true)
    }
  })

  it('finds what a y-websocket editor wrote once saved, and no longer a deleted document', async () => {
    const document = await createDocument('Compte rendu du comité')
    const editor = connectEditorClient(
      server.syncUrl,
      document.id,
      syncCredentials(server, as.lille).headers,
    )
    clients.push(editor)
    await whenEditorSynced(editor)
    editor.appendParagraph('Les saisonniers du zéphyr attendent une réponse.')
    const found = await waitFor(async () => {
      const view = await search('lecteur', 'ZEPHYR')
      expect(view.results.map((result) => result.id)).toEqual([document.id])
      return view
    })
    expect(found.results[0]?.passage.map((segment) => segment.text).join('')).toContain(
      'Les saisonniers du zéphyr attendent une réponse.',
    )
    await change('admin', 'DELETE', `/api/documents/${document.id}`)
    await waitFor(async () => {
      expect(await idsFound('lecteur', 'zephyr')).toEqual([])
    })
  })

  it('filters by type and by space, with the counts of each', async () => {
    await createDocument('Note sur le foehn')
    const opened = await api.request<ExchangeView>('POST', '/api/echanges', {
      as: as.lille,
      body: {
        type: 'question',
        title: 'Le foehn et les emplois agricoles',
        themes: ['emploi'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: messageContent('Qui a une solution ?'),
      },
    })
    expect(opened.status, opened.text).toBe(201)
    const all = await waitFor(async () => {
      const view = await search('lille', 'foehn')
      expect(view.total).toBe(2)
      return view
    })
    expect(all.facets.types).toEqual([
      { type: 'document', count: 1 },
      { type: 'echange', count: 1 },
    ])
    expect(all.facets.spaces.map((facet) => [facet.spaceId, facet.count])).toEqual(
      expect.arrayContaining([[LILLE, 1]]),
    )
    const threads = await search('lille', 'foehn', { type: 'echange' })
    expect(threads.results.map((result) => result.id)).toEqual([opened.body.id])
    expect(threads.facets.types).toHaveLength(2)
    const ofLille = await search('lille', 'foehn', { espace: LILLE })
    expect(ofLille.results.map((result) => result.type)).toEqual(['document'])
    expect(ofLille.total).toBe(1)
  })

  it('refuses a query too short or too long, an unknown type, and past 30 searches a minute', async () => {
    const refused = async (path: string) =>
      (await api.request('GET', path, { as: as.lille2 })).status
    expect(await refused(searchPath('a'))).toBe(400)
    expect(await refused(searchPath('x'.repeat(201)))).toBe(400)
    expect(await refused(searchPath('emploi', { type: 'courriel' }))).toBe(400)
    expect(await refused(searchPath('emploi', { page: 51 }))).toBe(400)
    clock.advance(61_000)
    const statuses: number[] = []
    for (let n = 0; n < 31; n += 1) statuses.push(await refused(searchPath('emploi')))
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true)
    const last = await api.request<ApiErrorBody>('GET', searchPath('emploi'), { as: as.lille2 })
    expect(statuses[30]).toBe(429)
    expect(last.body.error.code).toBe('RATE_LIMITED')
  })
})
