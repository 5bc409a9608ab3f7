import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { WebsocketProvider } from 'y-websocket'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { webSocketClass } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const NBSP = '\u00a0'

/** Today in Paris, `YYYY-MM-DD`, and written in full as the bilan writes it. */
function parisToday(): { iso: string; french: string } {
  const now = Date.now()
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now)
  const french = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(now)
    .replace(/^1 /u, '1er ')
  return { iso, french }
}

/** A stock y-websocket client whose Y.Doc reads `body` as rich text (the editor's fragment). */
interface EditorClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
}

interface ErrorBody {
  readonly error: { readonly code: string; readonly details?: Record<string, string> }
}

describe('the bilan for the bureau du CoRE', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'admin' | 'lille' | 'lecteur' | 'copil'>
  const clients: EditorClient[] = []
  const today = parisToday()
  // The last twelve months: the demo's finished actions (dated from the seed's day) fall in them
  // whatever the day the test runs.
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10)
  const period = { periodStart: yearAgo, periodEnd: today.iso }

  async function openAsAdmin(documentId: string): Promise<EditorClient> {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, documentId, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, demo.as.admin).headers),
      disableBc: true,
    })
    const client = { doc, provider }
    clients.push(client)
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return client
  }

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lecteur', 'copil'])
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) {
      client.provider.destroy()
      client.doc.destroy()
    }
    await server.close()
  })

  it('drafts, for the regional team, a document of the espace régional with the figures of the moment', async () => {
    const drafted = await api.request<{ documentId: string }>('POST', '/api/pilotage/bilans', {
      as: demo.as.admin,
      body: period,
    })
    expect(drafted.status).toBe(201)
    const record = await server.server.metadata.findDocument(
      parseDocumentId(drafted.body.documentId),
    )
    expect(record).toMatchObject({
      kind: 'bilan-pilotage',
      spaceId: 'espace-regional',
      createdBy: demo.ids.admin,
    })
    expect(record?.title).toMatch(/^Bilan du pilotage des CLPE — du \d{1,2}(er)? \p{L}+ \d{4} au /u)

    // A real y-websocket client of the regional team opens it and finds the drafted body.
    const client = await openAsAdmin(drafted.body.documentId)
    const body = client.doc.getXmlFragment('body').toString()
    expect(body).toContain('<heading level="2">Chiffres clés</heading>')
    expect(body).toContain('<table><tablerow><tableheader><paragraph>CLPE</paragraph>')
    // Lille's row counts the twelve fiches of its demo feuille de route (Yjs writes names in
    // lower case).
    expect(body).toContain(
      '<tablecell><paragraph>CLPE Lille Métropole</paragraph></tablecell><tablecell><paragraph>12</paragraph>',
    )
    expect(body).toContain(
      `Source${NBSP}: Maillage, fiches action des CLPE, chiffres arrêtés au ${today.french}.`,
    )
    // Faits marquants: a finished action of Lille with efficacité 9/10, linked to its fiche.
    expect(body).toMatch(
      /<link href="\/documents\/[^"]+">Recrutement sans CV dans l’hôtellerie-restauration<\/link> — CLPE Lille Métropole, efficacité auto-évaluée 9\/10/u,
    )
    // The supra-territorial subject of the demo échanges, linked to its thread.
    expect(body).toMatch(/<link href="\/echanges\/[^"]+">[^<]+<\/link> — soulevé par 3 CLPE/u)
    const fields = client.doc.getMap('fields').toJSON()
    expect(fields).toMatchObject({
      periodeDebut: period.periodStart,
      periodeFin: period.periodEnd,
      dateDesChiffres: today.iso,
      statut: 'brouillon',
    })

    // Then the team edits it like any document: the edit is kept.
    client.doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
    const reader = await openAsAdmin(drafted.body.documentId)
    await waitFor(() => {
      expect(reader.doc.getXmlFragment('body').length).toBe(
        client.doc.getXmlFragment('body').length,
      )
    })
  })

  it('refuses a lecteur, a CLPE member and the comité de pilotage', async () => {
    for (const credential of [demo.as.lecteur, demo.as.lille, demo.as.copil]) {
      const refused = await api.request<ErrorBody>('POST', '/api/pilotage/bilans', {
        as: credential,
        body: period,
      })
      expect(refused.status).toBe(403)
      expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')
    }
    const anonymous = await api.request<ErrorBody>('POST', '/api/pilotage/bilans', { body: period })
    expect(anonymous.status).toBe(401)
  })

  it('says in French what is wrong with a period', async () => {
    const reversed = await api.request<ErrorBody>('POST', '/api/pilotage/bilans', {
      as: demo.as.admin,
      body: { periodStart: '2026-06-30', periodEnd: '2026-01-01' },
    })
    expect(reversed.status).toBe(400)
    expect(reversed.body.error.details).toEqual({
      periodEnd: 'La fin de la période doit être le jour de son début ou après.',
    })
    const tooLong = await api.request<ErrorBody>('POST', '/api/pilotage/bilans', {
      as: demo.as.admin,
      body: { periodStart: '2020-01-01', periodEnd: '2026-01-01' },
    })
    expect(tooLong.body.error.details?.['periodEnd']).toContain('deux ans au plus')
  })

  it('limits the bilans one account drafts', async () => {
    let status = 201
    for (let attempt = 0; attempt < 12 && status === 201; attempt += 1) {
      const answer = await api.request<ErrorBody>('POST', '/api/pilotage/bilans', {
        as: demo.as.admin,
        body: period,
      })
      status = answer.status
      if (status !== 201) expect(answer.body.error.code).toBe('RATE_LIMITED')
    }
    expect(status).toBe(429)
  })
})
