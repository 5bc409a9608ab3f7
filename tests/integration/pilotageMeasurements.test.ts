import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import { parseDocumentId } from '@maillage/protocol'
import {
  createApiClient,
  sessionFrom,
  type ApiClient,
  type Credential,
} from '../helpers/apiClient.ts'
import { LILLE, NEW_ACCOUNT, field } from '../helpers/authorizationTable.ts'
import { probeSyncAccess, syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// Dated measurements of an indicator: entered through the API, written by the
// server into the fiche's co-edited indicator list, indexed for the dashboards.

const DAY_MS = 24 * 60 * 60 * 1000
const INDICATOR = 'indicateur-recrutes'

interface MeasurementBody {
  readonly measurement: {
    readonly id: string
    readonly date: string
    readonly valeur: number
    readonly commentaire: string
    readonly saisiePar: string
    readonly saisieLe: string
  }
}

interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown }
}

function parisDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms))
}

describe('measurements of an indicator', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let lille2: Credential
  let lecteur: Credential
  let lens: Credential
  let coreMember: Credential
  let admin: Credential | null
  const clients: SyncClient[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const signedIn = await Promise.all(
      ['lille', 'lille2', 'lecteur', 'lens', 'admin'].map((name) =>
        api.signIn(`${name}@demo.maillage.fr`),
      ),
    )
    ;[lille, lille2, lecteur, lens] = signedIn.map((account) => account.credential) as [
      Credential,
      Credential,
      Credential,
      Credential,
    ]
    admin = signedIn[4]?.credential ?? null
    // A member of the CoRE who is not an admin: the region that reads every CLPE's fiches.
    coreMember = await invite('core', 'membre@core.fr')
  })

  /** A new contributeur of `spaceId`, invited by the admin, signed in. */
  async function invite(spaceId: string, email: string): Promise<Credential> {
    const invited = await api.request('POST', `/api/spaces/${spaceId}/invitations`, {
      as: admin,
      body: { role: 'contributeur' },
    })
    const accepted = await api.request(
      'POST',
      `/api/invitations/by-token/${field(invited.body, 'token')}/accept`,
      { body: { ...NEW_ACCOUNT, email, name: 'Camille Invitée' } },
    )
    const session = sessionFrom(accepted)
    if (session === null) throw new Error(`${email} could not sign up: ${accepted.text}`)
    return session
  }

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function open(documentId: string, as: Credential): Promise<SyncClient> {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, as))
    clients.push(client)
    await whenSynced(client)
    return client
  }

  function measurementsOf(client: SyncClient): Y.Array<Y.Map<unknown>> {
    const indicators = client.doc.getMap('fields').get('indicateurs') as Y.Array<Y.Map<unknown>>
    const indicator = indicators.toArray().find((item) => item.get('id') === INDICATOR)
    const measurements = indicator?.get('mesures')
    if (!(measurements instanceof Y.Array)) throw new Error('no measurements list')
    return measurements as Y.Array<Y.Map<unknown>>
  }

  /** A fiche action of Lille with one résultat indicator, as its contributeur writes it live. */
  async function ficheWithIndicator(
    title: string,
  ): Promise<{ documentId: string; editor: SyncClient }> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'fiche-action', title } },
    )
    expect(created.status).toBe(201)
    const documentId = created.body.document.id
    const editor = await open(documentId, lille)
    const indicators = editor.doc.getMap('fields').get('indicateurs') as Y.Array<unknown>
    const indicator = new Y.Map<unknown>()
    indicator.set('id', INDICATOR)
    indicator.set('order', 1)
    indicator.set('niveau', 'resultat')
    indicator.set('libelle', new Y.Text('Personnes recrutées'))
    indicator.set('unite', new Y.Text('personnes'))
    indicator.set('cible', 40)
    indicator.set('mesures', new Y.Array())
    indicators.push([indicator])
    // Once indexed, the server holds the indicator.
    await waitFor(async () => {
      const record = await server.server.metadata.findDocument(parseDocumentId(documentId))
      expect(record?.pilotage).toMatchObject({ indicators: [{ id: INDICATOR }] })
    })
    return { documentId, editor }
  }

  function post(as: Credential, documentId: string, body: unknown, indicatorId = INDICATOR) {
    return api.request<MeasurementBody & ErrorBody>(
      'POST',
      `/api/documents/${documentId}/indicateurs/${indicatorId}/mesures`,
      { as, body },
    )
  }

  it('writes the measurement into the fiche, live for its editors, then into its index record', async () => {
    const { documentId, editor } = await ficheWithIndicator('Job dating des transports')
    const answer = await post(lille, documentId, {
      date: '2026-03-31',
      valeur: 12,
      commentaire: '  Premier trimestre  ',
    })
    expect(answer.status).toBe(201)
    const today = parisDay(Date.now())
    expect(answer.body.measurement).toEqual({
      id: expect.any(String) as unknown,
      date: '2026-03-31',
      valeur: 12,
      commentaire: 'Premier trimestre',
      saisiePar: 'Nadia Benali',
      saisieLe: today,
    })

    // The editor sees the item as the web's list editor makes it.
    const item = await waitFor(() => {
      const [first] = measurementsOf(editor).toArray()
      if (first === undefined) throw new Error('not yet')
      return first
    })
    expect(item.get('id')).toBe(answer.body.measurement.id)
    expect(item.get('order')).toBe(1)
    expect(item.get('date')).toBe('2026-03-31')
    expect(item.get('valeur')).toBe(12)
    expect(item.get('commentaire')).toBeInstanceOf(Y.Text)
    expect(String(item.get('commentaire'))).toBe('Premier trimestre')
    expect(String(item.get('saisiePar'))).toBe('Nadia Benali')
    expect(item.get('saisieLe')).toBe(today)

    const record = await server.server.metadata.findDocument(parseDocumentId(documentId))
    expect(record?.pilotage).toMatchObject({
      kind: 'fiche-action',
      indicators: [{ id: INDICATOR, measurements: [{ date: '2026-03-31', value: 12 }] }],
    })
    expect(record?.lastEditorName).toBe('Nadia Benali')
    const audit = await server.server.metadata.listAudit()
    expect(audit.at(-1)).toMatchObject({
      action: 'indicator.measured',
      target: documentId,
      details: { spaceId: LILLE, indicatorId: INDICATOR, measurementId: item.get('id') },
    })

    // A second one goes after it, in the editor's order.
    const second = await post(lille2, documentId, { date: '2026-06-30', valeur: 20 })
    expect(second.status).toBe(201)
    expect(second.body.measurement).toMatchObject({
      commentaire: '',
      saisiePar: expect.any(String) as unknown,
    })
    await waitFor(() => {
      expect(
        measurementsOf(editor)
          .toArray()
          .map((entry) => entry.get('order')),
      ).toEqual([1, 2])
    })
  })

  it('lands both of two measurements posted at once, and a co-editor sees both live', async () => {
    const { documentId, editor } = await ficheWithIndicator('Forum de l’alternance')
    const coEditor = await open(documentId, lille2)
    const [first, second] = await Promise.all([
      post(lille, documentId, { date: '2026-01-31', valeur: 3 }),
      post(lille2, documentId, { date: '2026-02-28', valeur: 7 }),
    ])
    expect([first.status, second.status]).toEqual([201, 201])
    for (const client of [editor, coEditor]) {
      await waitFor(() => {
        expect(
          measurementsOf(client)
            .toArray()
            .map((entry) => entry.get('valeur'))
            .sort(),
        ).toEqual([3, 7])
      })
    }
    await waitFor(async () => {
      const record = await server.server.metadata.findDocument(parseDocumentId(documentId))
      expect(record?.pilotage).toMatchObject({
        indicators: [
          {
            measurements: [
              { date: '2026-01-31', value: 3 },
              { date: '2026-02-28', value: 7 },
            ],
          },
        ],
      })
    })
  })

  it('refuses a lecteur (403) and a stranger (404); the region reads the fiche but cannot measure', async () => {
    const { documentId, editor } = await ficheWithIndicator('Permis de conduire solidaire')
    const body = { date: '2026-03-31', valeur: 1 }
    const asLecteur = await post(lecteur, documentId, body)
    expect(asLecteur.status).toBe(403)
    expect(asLecteur.body.error.code).toBe('AUTH_FORBIDDEN')
    const asStranger = await post(lens, documentId, body)
    expect(asStranger.status).toBe(404)
    expect(asStranger.body.error.code).toBe('NOT_FOUND')

    const asRegion = await post(coreMember, documentId, body)
    expect(asRegion.status).toBe(403)
    const read = await api.request('GET', `/api/documents/${documentId}`, { as: coreMember })
    expect(read.status).toBe(200)
    expect(await probeSyncAccess(server, documentId, coreMember)).toBe('read')
    expect(await probeSyncAccess(server, documentId, lens)).toBe(403)
    expect(measurementsOf(editor).length).toBe(0)
  })

  it('refuses bad inputs with their codes, and writes nothing', async () => {
    const { documentId, editor } = await ficheWithIndicator('Atelier CV')
    const tomorrow = parisDay(Date.now() + 2 * DAY_MS)
    const invalid: readonly [unknown, string][] = [
      [{ date: tomorrow, valeur: 1 }, 'date'],
      [{ date: '1999-12-31', valeur: 1 }, 'date'],
      [{ date: '2026-02-30', valeur: 1 }, 'date'],
      [{ date: '31/03/2026', valeur: 1 }, 'date'],
      [{ valeur: 1 }, 'date'],
      [{ date: '2026-03-31', valeur: 1e13 }, 'valeur'],
      [{ date: '2026-03-31', valeur: '12' }, 'valeur'],
      [{ date: '2026-03-31', valeur: 1, commentaire: 'x'.repeat(301) }, 'commentaire'],
    ]
    for (const [body, path] of invalid) {
      const answer = await post(lille, documentId, body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body.error.code).toBe('VALIDATION_FAILED')
      expect(answer.body.error.details).toHaveProperty(path)
    }
    const unknown = await post(lille, documentId, { date: '2026-03-31', valeur: 1 }, 'inconnu')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('INDICATOR_NOT_FOUND')
    expect(measurementsOf(editor).length).toBe(0)
  })

  it('refuses the 501st measurement of an indicator (422)', async () => {
    const { documentId, editor } = await ficheWithIndicator('Suivi des entrées en formation')
    editor.doc.transact(() => {
      const items = Array.from({ length: 500 }, (_, index) => {
        const item = new Y.Map<unknown>()
        item.set('id', `mesure-${index}`)
        item.set('order', index + 1)
        item.set('date', '2026-01-01')
        item.set('valeur', index)
        return item
      })
      measurementsOf(editor).push(items)
    })
    // Once indexed (the index keeps the latest 24), the server holds the 500.
    await waitFor(async () => {
      const record = await server.server.metadata.findDocument(parseDocumentId(documentId))
      expect(record?.pilotage).toMatchObject({ indicators: [{ measurements: { length: 24 } }] })
    })
    const answer = await post(lille, documentId, { date: '2026-03-31', valeur: 1 })
    expect(answer.status).toBe(422)
    expect(answer.body.error.code).toBe('TOO_MANY_MEASUREMENTS')
    expect(measurementsOf(editor).length).toBe(500)
  })

  it('limits each account to 60 measurements a minute (429)', async () => {
    const { documentId } = await ficheWithIndicator('Mesures en rafale')
    // An account of its own, that has measured nothing yet.
    const newcomer = await invite(LILLE, 'rafale@clpe-lille.fr')
    const answers = await Promise.all(
      Array.from({ length: 61 }, (_, index) =>
        post(newcomer, documentId, { date: '2026-03-31', valeur: index }),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(60)
    const refused = answers.find((answer) => answer.status === 429)
    expect(refused?.body.error.code).toBe('RATE_LIMITED')
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
