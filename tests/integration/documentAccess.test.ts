import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { metricValue } from '../helpers/metricValue.ts'
import type { RawClient } from '../helpers/rawClient.ts'
import { requestUpgrade } from '../helpers/requestUpgrade.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import {
  connectRawClientAs,
  probeSyncAccess,
  syncCredentials,
  tryToWrite,
  waitForClose,
} from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LILLE = 'clpe-59004'
const DROPPED = 'maillage_read_only_updates_dropped_total'

interface DocumentBody {
  readonly document: {
    readonly id: string
    readonly title: string
    readonly sharedWithAll: boolean
    readonly access: string
  }
}

describe('access to the documents of a space, over REST and the websocket', () => {
  let server: TestServer
  let api: ApiClient
  /** Contributeur of CLPE Lille. */
  let lille: Credential
  /** Lecteur of CLPE Lille. */
  let lecteur: Credential
  /** Contributeur of CLPE Lens, a stranger to Lille's documents. */
  let lens: Credential
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []

  allowExitListeners(8)

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const signedIn = await Promise.all([
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lecteur@demo.maillage.fr'),
      api.signIn('lens@demo.maillage.fr'),
    ])
    lille = signedIn[0].credential
    lecteur = signedIn[1].credential
    lens = signedIn[2].credential
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
  })
  afterAll(async () => {
    await server.close()
  })

  /** A real y-websocket client, as a browser tab of `credential` opens it (cookie + Origin). */
  function openEditor(documentId: string, credential: Credential): SyncClient {
    const client = connectClient(server.syncUrl, documentId, {
      headers: syncCredentials(server, credential).headers,
    })
    clients.push(client)
    return client
  }

  async function openRaw(documentId: string, credential: Credential): Promise<RawClient> {
    const client = await connectRawClientAs(server, documentId, credential)
    rawClients.push(client)
    return client
  }

  async function createLilleDocument(title: string): Promise<string> {
    const created = await api.request<DocumentBody>('POST', `/api/spaces/${LILLE}/documents`, {
      as: lille,
      body: { kind: 'fiche-action', title },
    })
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  it('lets a contributeur of CLPE Lille edit a Lille document over the websocket with the session cookie', async () => {
    const documentId = await createLilleDocument('Fiche action : garde d’enfants')

    const editor = openEditor(documentId, lille)
    await whenSynced(editor)
    expect(editor.doc.getText('title').toString()).toBe('Fiche action : garde d’enfants')
    editor.text.insert(0, 'Objectif : 40 places en crèche à vocation d’insertion')

    const latecomer = openEditor(documentId, lille)
    await whenSynced(latecomer)
    await waitFor(() => {
      expect(latecomer.text.toString()).toBe(
        'Objectif : 40 places en crèche à vocation d’insertion',
      )
    })
  })

  it('refuses a contributeur of CLPE Lens the websocket of a Lille document (403) and hides it on REST', async () => {
    const documentId = await createLilleDocument('Diagnostic de Lille')

    const upgrade = await requestUpgrade(
      server.httpUrl,
      `/sync/${documentId}`,
      syncCredentials(server, lens).headers,
    )
    expect(upgrade.status).toBe(403)
    expect(upgrade.body).toMatchObject({ error: { code: 'AUTH_FORBIDDEN' } })

    const read = await api.request('GET', `/api/documents/${documentId}`, { as: lens })
    expect(read.status).toBe(404)
    const listed = await api.request<{ documents: { id: string }[] }>(
      'GET',
      `/api/spaces/${LILLE}/documents`,
      { as: lens },
    )
    expect(listed.body.documents.map((document) => document.id)).not.toContain(documentId)
  })

  it('sends a lecteur every edit live but drops the edits the lecteur makes', async () => {
    const documentId = await createLilleDocument('Compte rendu du CLPE')
    const writer = openEditor(documentId, lille)
    const reader = openEditor(documentId, lecteur)
    await Promise.all([whenSynced(writer), whenSynced(reader)])

    writer.text.insert(0, 'Présents : 14 partenaires')
    await waitFor(() => {
      expect(reader.text.toString()).toBe('Présents : 14 partenaires')
    })
    const droppedBefore = await metricValue(server.httpUrl, DROPPED)
    reader.text.insert(0, 'INTRUS ')
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, DROPPED)).toBeGreaterThan(droppedBefore)
    })

    const latecomer = openEditor(documentId, lille)
    await whenSynced(latecomer)
    expect(latecomer.text.toString()).toBe('Présents : 14 partenaires')
    expect(writer.text.toString()).toBe('Présents : 14 partenaires')
  })

  it('makes a document shared with all territories readable, and only readable, by Lens', async () => {
    const documentId = await createLilleDocument('Bonne pratique : forum de l’alternance')
    expect(await probeSyncAccess(server, documentId, lens)).toBe(403)

    const shared = await api.request<DocumentBody>('PATCH', `/api/documents/${documentId}`, {
      as: lille,
      body: { sharedWithAll: true },
    })
    expect(shared.status).toBe(200)
    expect(shared.body.document.sharedWithAll).toBe(true)

    expect(await probeSyncAccess(server, documentId, lens)).toBe('read')
    const read = await api.request<DocumentBody>('GET', `/api/documents/${documentId}`, {
      as: lens,
    })
    expect(read.status).toBe(200)
    expect(read.body.document.access).toBe('read')
    const listed = await api.request<{ documents: { id: string }[] }>(
      'GET',
      '/api/documents/shared',
      { as: lens },
    )
    expect(listed.body.documents.map((document) => document.id)).toContain(documentId)
    const renamed = await api.request('PATCH', `/api/documents/${documentId}`, {
      as: lens,
      body: { title: 'Renommé par Lens' },
    })
    expect(renamed.status).toBe(403)

    // Sharing stopped: Lens's open connection loses its access at once.
    const lensReader = await openRaw(documentId, lens)
    await api.request('PATCH', `/api/documents/${documentId}`, {
      as: lille,
      body: { sharedWithAll: false },
    })
    expect(await waitForClose(lensReader)).toBe(CloseCode.Forbidden)
    expect(await probeSyncAccess(server, documentId, lens)).toBe(403)
  })

  it('makes an archived document read-only for its editors: their connection closes with 4403 and reopens read-only', async () => {
    const documentId = await createLilleDocument('Feuille de route 2025')
    const editor = await openRaw(documentId, lille)
    const reader = await openRaw(documentId, lecteur)
    expect(await tryToWrite(editor)).toBe(true)

    const archived = await api.request('POST', `/api/documents/${documentId}/archive`, {
      as: lille,
    })
    expect(archived.status).toBe(200)
    expect(await waitForClose(editor)).toBe(CloseCode.Forbidden)

    expect(await probeSyncAccess(server, documentId, lille)).toBe('read')
    // The lecteur could only read before: nothing changed for it, its connection stays open.
    expect(await tryToWrite(reader)).toBe(false)
    const renamed = await api.request('PATCH', `/api/documents/${documentId}`, {
      as: lille,
      body: { title: 'Feuille de route 2026' },
    })
    expect(renamed.status).toBe(403)

    await api.request('POST', `/api/documents/${documentId}/restore`, { as: lille })
    expect(await probeSyncAccess(server, documentId, lille)).toBe('write')
  })

  it('accepts a personal access token on REST (Bearer) and on the websocket (?token=) until it is revoked', async () => {
    const documentId = await createLilleDocument('Export automatisé')
    const created = await api.request<{ token: { id: string }; secret: string }>(
      'POST',
      '/api/tokens',
      { as: lille, body: { name: 'Script d’export' } },
    )
    expect(created.status).toBe(201)
    const token: Credential = { kind: 'token', secret: created.body.secret }

    const me = await api.request<{ account: { email: string } }>('GET', '/api/session', {
      as: token,
    })
    expect(me.status).toBe(200)
    expect(me.body.account.email).toBe('lille@demo.maillage.fr')
    const script = await openRaw(documentId, token)
    expect(await tryToWrite(script)).toBe(true)

    const revoked = await api.request('DELETE', `/api/tokens/${created.body.token.id}`, {
      as: lille,
    })
    expect(revoked.status).toBe(204)

    expect(await waitForClose(script)).toBe(CloseCode.Forbidden)
    expect((await api.request('GET', '/api/session', { as: token })).status).toBe(401)
    expect(await probeSyncAccess(server, documentId, token)).toBe(401)
    // The session the token was made with is untouched.
    expect(await probeSyncAccess(server, documentId, lille)).toBe('write')
  })
})
