import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentView } from '@maillage/protocol'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LATER = 10 * 60 * 1000
const DROPPED = 'maillage_read_only_updates_dropped_total'

describe('the document index after saves', () => {
  let server: TestServer
  let clock: AdvanceableClock
  let api: ApiClient
  const clients: SyncClient[] = []

  async function start(auth: 'session' | 'none'): Promise<void> {
    clock = createAdvanceableClock()
    server = await startServer({ auth, demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function createDocument(as: Credential, title: string): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as, body: { kind: 'fiche-action', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document
  }

  async function readDocument(as: Credential, documentId: string): Promise<DocumentView> {
    const response = await api.request<{ document: DocumentView }>(
      'GET',
      `/api/documents/${documentId}`,
      { as },
    )
    expect(response.status).toBe(200)
    return response.body.document
  }

  async function open(documentId: string, as: Credential | null): Promise<SyncClient> {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, as))
    clients.push(client)
    await whenSynced(client)
    return client
  }

  it('records the save time and the name of the person whose edit was saved', async () => {
    await start('session')
    const lille = await api.signIn('lille@demo.maillage.fr')
    const created = await createDocument(lille.credential, 'Fiche action mobilité')
    expect(created.lastEditorName).toBeUndefined()

    clock.advance(LATER)
    const editor = await open(created.id, lille.credential)
    editor.text.insert(0, 'Objectif : 40 personnes accompagnées')
    const indexed = await waitFor(async () => {
      const document = await readDocument(lille.credential, created.id)
      expect(document.lastEditorName).toBe('Nadia Benali')
      return document
    })
    expect(Date.parse(indexed.updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(created.updatedAt) + LATER,
    )
    expect(Date.parse(indexed.updatedAt)).toBeLessThanOrEqual(clock.now())
    expect(indexed).not.toHaveProperty('lastEditorId')
  })

  it('lists the title as co-edited in the document, keeping the last one while it is empty', async () => {
    await start('session')
    const lille = await api.signIn('lille@demo.maillage.fr')
    const created = await createDocument(lille.credential, 'Forum emploi')
    const editor = await open(created.id, lille.credential)
    const title = editor.doc.getText('title')
    title.insert(title.length, ' saisonnier 2027')
    await waitFor(async () => {
      expect((await readDocument(lille.credential, created.id)).title).toBe(
        'Forum emploi saisonnier 2027',
      )
    })

    title.delete(0, title.length)
    editor.text.insert(0, 'Un autre changement, sauvegardé après le titre vidé')
    await waitFor(async () => {
      const document = await readDocument(lille.credential, created.id)
      expect(Date.parse(document.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt))
      expect(document.title).toBe('Forum emploi saisonnier 2027')
    })
  })

  it('names the last editor of the saved edits when several people edit', async () => {
    await start('session')
    const lille = await api.signIn('lille@demo.maillage.fr')
    const admin = await api.signIn('admin@demo.maillage.fr')
    const created = await createDocument(lille.credential, 'Diagnostic partagé')
    const nadia = await open(created.id, lille.credential)
    const camille = await open(created.id, admin.credential)

    nadia.text.insert(0, 'Constat. ')
    await waitFor(async () => {
      expect((await readDocument(lille.credential, created.id)).lastEditorName).toBe('Nadia Benali')
    })
    camille.text.insert(camille.text.length, 'Relu par l’équipe régionale.')
    await waitFor(async () => {
      expect((await readDocument(lille.credential, created.id)).lastEditorName).toBe(
        'Camille Dupont',
      )
    })
  })

  it('changes nothing for a reader whose update is dropped', async () => {
    await start('session')
    const lille = await api.signIn('lille@demo.maillage.fr')
    const lecteur = await api.signIn('lecteur@demo.maillage.fr')
    const created = await createDocument(lille.credential, 'Compte rendu du comité')

    clock.advance(LATER)
    const reader = await open(created.id, lecteur.credential)
    const droppedBefore = await metricValue(server.httpUrl, DROPPED)
    reader.text.insert(0, 'Ajout d’un lecteur')
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, DROPPED)).toBeGreaterThan(droppedBefore)
    })
    reader.destroy()
    // The room unloads once everything it had to save is saved: any save has happened by then.
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, 'maillage_rooms')).toBe(0)
    })

    const after = await readDocument(lille.credential, created.id)
    expect(after.updatedAt).toBe(created.updatedAt)
    expect(after.lastEditorName).toBeUndefined()
  })

  it('bumps only the save time when edits come without an account (MAILLAGE_AUTH=none)', async () => {
    await start('none')
    const lille = await api.signIn('lille@demo.maillage.fr')
    const created = await createDocument(lille.credential, 'Note de veille')

    clock.advance(LATER)
    const anonymous = await open(created.id, null)
    anonymous.text.insert(0, 'Veille emploi')
    const indexed = await waitFor(async () => {
      const document = await readDocument(lille.credential, created.id)
      expect(Date.parse(document.updatedAt)).toBeGreaterThanOrEqual(
        Date.parse(created.updatedAt) + LATER,
      )
      return document
    })
    expect(indexed.lastEditorName).toBeUndefined()
  })
})
