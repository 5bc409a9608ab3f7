import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode, type HomeView, type NotificationListView } from '@maillage/protocol'
import { AVIS_ADOPTION_META_KEY, readAvisAdoption, type AvisAdoption } from '@maillage/schema'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The adoption of an avis of the CoRE end to end, with real accounts: the admin (animateur of the
// CoRE), Nadia (lille@, made contributeur of the CoRE) and Élodie (lille2@, made lecteur, as
// elected members often are); Julien (lens@) only reads it once shared with every territory.

const CORE = 'core'
type Name = 'admin' | 'lille' | 'lille2' | 'lens'

interface ApiError {
  readonly code: string
  readonly details?: Record<string, string>
}

describe('the adoption of an avis', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Name>
  let avisId: string
  const clients: EditorSyncClient[] = []

  const path = (action = '') => `/api/documents/${avisId}/adoption${action}`
  const act = (name: Name, action: string, body?: unknown) =>
    api.request<AvisAdoption & { error?: ApiError }>('POST', path(action), {
      as: demo.as[name],
      ...(body === undefined ? {} : { body }),
    })
  async function connect(name: Name): Promise<EditorSyncClient> {
    const { headers } = syncCredentials(server, demo.as[name])
    const client = connectEditorClient(server.syncUrl, avisId, headers)
    clients.push(client)
    await whenEditorSynced(client)
    return client
  }
  const adoptionSeenBy = (client: EditorSyncClient) =>
    readAvisAdoption(client.doc.getMap('meta').get(AVIS_ADOPTION_META_KEY))

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lille2', 'lens'])
    for (const [name, role] of [
      ['lille', 'contributeur'],
      ['lille2', 'lecteur'],
    ] as const) {
      const joined = await api.request('PUT', `/api/spaces/${CORE}/members/${demo.ids[name]}`, {
        as: demo.as.admin,
        body: { role },
      })
      expect(joined.status).toBe(200)
    }
    const created = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${CORE}/documents`,
      { as: demo.as.lille, body: { kind: 'avis', title: 'Avis sur le SPRO 2027' } },
    )
    expect(created.status).toBe(201)
    avisId = created.body.document.id
    const shared = await api.request('PATCH', `/api/documents/${avisId}`, {
      as: demo.as.lille,
      body: { sharedWithAll: true },
    })
    expect(shared.status).toBe(200)
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('starts in rédaction; nothing but a submission opens the positions', async () => {
    const start = await api.request<AvisAdoption>('GET', path(), { as: demo.as.lille2 })
    expect(start.body).toEqual({ state: 'redaction', positions: [] })
    const early = await act('lille2', '/positions', { position: 'approbation' })
    expect(early.status).toBe(409)
    expect((await act('admin', '/adoption')).status).toBe(409)
  })

  it('lets only the contributeurs and animateurs of the space submit it', async () => {
    expect((await act('lille2', '/soumission')).body.error?.code).toBe('AUTH_FORBIDDEN')
    expect((await act('lens', '/soumission')).body.error?.code).toBe('AUTH_FORBIDDEN')
  })

  it('freezes a named version at submission, seen live by the members with the avis open', async () => {
    const nadia = await connect('lille')
    const elodie = await connect('lille2')
    nadia.appendParagraph('Le CoRE émet un avis favorable au SPRO 2027.')
    // Once Élodie has it, the server has it: the version freezes it.
    await waitFor(() => {
      expect(elodie.paragraphs()).toContain('Le CoRE émet un avis favorable au SPRO 2027.')
    })
    const submitted = await act('lille', '/soumission')
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({
      state: 'soumis',
      submittedBy: { id: demo.ids.lille, name: 'Nadia Benali' },
      positions: [],
    })
    await waitFor(() => {
      expect(adoptionSeenBy(nadia).submittedVersionId).toBe(submitted.body.submittedVersionId)
      expect(adoptionSeenBy(elodie)).toMatchObject({ state: 'soumis' })
      expect(elodie.doc.getMap('fields').get('statut')).toBe('soumis-a-l-adoption')
    })
    const versions = await api.request('GET', `/api/documents/${avisId}/versions`, {
      as: demo.as.lille2,
    })
    expect(JSON.stringify(versions.body)).toContain(adoptionSeenBy(elodie).submittedVersionId)
    expect(JSON.stringify(versions.body)).toContain('Version soumise à l’adoption')
    const indexed = await api.request<{ document: { status?: string } }>(
      'GET',
      `/api/documents/${avisId}`,
      { as: demo.as.lille2 },
    )
    expect(indexed.body.document.status).toBe('soumis-a-l-adoption')
  })

  it('notifies the other members of the space of the submission', async () => {
    const notifications = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: demo.as.lille2,
    })
    expect(notifications.body.notifications.map((notification) => notification.kind)).toContain(
      'avis-soumis',
    )
    const own = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: demo.as.lille,
    })
    expect(own.body.notifications.map((notification) => notification.kind)).not.toContain(
      'avis-soumis',
    )
  })

  it('takes a position from every member, a lecteur included, not from a reader of another space', async () => {
    const fromReader = await act('lens', '/positions', { position: 'approbation' })
    expect(fromReader.status).toBe(403)
    const objection = await act('lille2', '/positions', { position: 'objection', commentaire: ' ' })
    expect(objection.status).toBe(400)
    expect(objection.body.error?.details?.['commentaire']).toBeDefined()
    const tooLong = await act('lille2', '/positions', {
      position: 'approbation',
      commentaire: 'x'.repeat(2001),
    })
    expect(tooLong.body.error?.code).toBe('VALIDATION_FAILED')

    const objected = await act('lille2', '/positions', {
      position: 'objection',
      commentaire: 'Il manque les publics prioritaires.',
    })
    expect(objected.status).toBe(200)
    await act('admin', '/positions', { position: 'approbation' })
    const changed = await act('lille2', '/positions', {
      position: 'approbation',
      commentaire: 'Réserve levée après échange.',
    })
    expect(changed.body.positions.map((entry) => [entry.account.name, entry.position])).toEqual([
      ['Élodie Vasseur', 'approbation'],
      ['Camille Dupont', 'approbation'],
    ])
  })

  it('lets only an animateur adopt, with the approvers, and keeps a client from writing the adoption (4403)', async () => {
    expect((await act('lille', '/adoption')).body.error?.code).toBe('AUTH_FORBIDDEN')
    const forger = await connect('lille')
    const closeCodes: number[] = []
    forger.provider.on('connection-close', (event: { readonly code: number } | null) => {
      if (event !== null) closeCodes.push(event.code)
    })
    forger.doc.getMap('meta').set(AVIS_ADOPTION_META_KEY, { state: 'adopte', positions: [] })
    await waitFor(() => {
      expect(closeCodes).toContain(CloseCode.Forbidden)
    })
    const stillSubmitted = await api.request<AvisAdoption>('GET', path(), { as: demo.as.lille })
    expect(stillSubmitted.body.state).toBe('soumis')

    const adopted = await act('admin', '/adoption')
    expect(adopted.status).toBe(200)
    expect(adopted.body).toMatchObject({
      state: 'adopte',
      adoptedBy: { id: demo.ids.admin },
      adoptedVersionId: stillSubmitted.body.submittedVersionId,
    })
    expect(adopted.body.approvers?.map((person) => person.id)).toEqual([
      demo.ids.lille2,
      demo.ids.admin,
    ])
    expect(
      (await act('lille2', '/positions', { position: 'objection', commentaire: 'Non' })).status,
    ).toBe(409)
    const notifications = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: demo.as.lille,
    })
    expect(notifications.body.notifications.map((notification) => notification.kind)).toContain(
      'avis-adopte',
    )
  })

  it('exports the adopted version, not the text changed since', async () => {
    const [nadia] = clients
    if (nadia === undefined) throw new Error('connected by an earlier test')
    const [, elodie] = clients
    nadia.appendParagraph('Phrase ajoutée après l’adoption.')
    await waitFor(() => {
      expect(elodie?.paragraphs()).toContain('Phrase ajoutée après l’adoption.')
    })
    const exported = await api.request('GET', path('/export.md'), { as: demo.as.lens })
    expect(exported.status).toBe(200)
    expect(exported.text).toContain('Le CoRE émet un avis favorable au SPRO 2027.')
    expect(exported.text).not.toContain('Phrase ajoutée après l’adoption.')
    const badFormat = await api.request('GET', path('/export.exe'), { as: demo.as.lens })
    expect(badFormat.status).toBe(400)
  })

  it('clears the positions when an avis is withdrawn then submitted again after changes', async () => {
    expect((await act('lille', '/retrait')).body.error?.code).toBe('AUTH_FORBIDDEN')
    const withdrawn = await act('admin', '/retrait')
    expect(withdrawn.body).toEqual({ state: 'redaction', positions: [] })
    const first = await act('lille', '/soumission')
    await act('lille2', '/positions', { position: 'approbation' })
    const [nadia] = clients
    nadia?.appendParagraph('Une recommandation de plus.')
    await waitFor(async () => {
      const again = await act('lille', '/soumission')
      expect(again.body.positions).toEqual([])
      expect(again.body.submittedVersionId).not.toBe(first.body.submittedVersionId)
    })
  })

  it('lists on the accueil the avis of one’s spaces still to give, soonest first, until adopted', async () => {
    const home = async (name: Name) =>
      (await api.request<HomeView>('GET', '/api/home', { as: demo.as[name] })).body
    const seeded = (await home('lille2')).avisDeadlines
    expect(seeded.map((deadline) => deadline.document.spaceId)).toEqual([CORE])
    expect(seeded[0]?.daysLeft).toBeGreaterThan(0)
    expect((await home('lens')).avisDeadlines).toEqual([])

    const [nadia] = clients
    nadia?.doc.getMap('fields').set('dateLimite', '2026-01-15')
    await waitFor(async () => {
      const deadlines = (await home('lille2')).avisDeadlines
      expect(deadlines.map((deadline) => deadline.document.id)[0]).toBe(avisId)
      expect(deadlines[0]).toMatchObject({ dateLimite: '2026-01-15' })
      expect(deadlines[0]?.daysLeft).toBeLessThan(0)
    })
    await act('lille2', '/positions', { position: 'approbation' })
    await act('admin', '/adoption')
    const after = (await home('lille2')).avisDeadlines
    expect(after.map((deadline) => deadline.document.id)).not.toContain(avisId)
    expect(after).toHaveLength(1)
  })
})
