import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, parseDocumentId } from '@maillage/protocol'
import type { DocumentView, FicheActionExportView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** Nesting of the attack: far beyond what recursive readers (`Y.Map.toJSON`) survive. */
const POISON_DEPTH = 20_000

/** Nests `levels` maps under `key` of `map` in one transaction, each set once its parent is in. */
function nestMaps(doc: Y.Doc, map: Y.Map<unknown>, key: string, levels: number): void {
  doc.transact(() => {
    let current = map
    let at = key
    for (let level = 0; level < levels; level++) {
      const child = new Y.Map<unknown>()
      current.set(at, child)
      current = child
      at = 'x'
    }
  })
}

describe('poison documents: deep or huge content written into a document', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  const clients: EditorSyncClient[] = []

  beforeEach(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
  })

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function createFiche(title: string): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'fiche-action', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document
  }

  /** Opens a document like the web app, and records the close codes the server sends it. */
  async function open(documentId: string): Promise<{ client: EditorSyncClient; codes: number[] }> {
    const client = connectEditorClient(
      server.syncUrl,
      documentId,
      syncCredentials(server, lille).headers,
    )
    clients.push(client)
    const codes: number[] = []
    client.provider.on('connection-close', (event: { readonly code: number } | null) => {
      if (event !== null) codes.push(event.code)
    })
    await waitFor(() => {
      expect(client.provider.synced).toBe(true)
    })
    return { client, codes }
  }

  function exportOf(documentId: string) {
    return api.request<FicheActionExportView & { error?: { code: string; message: string } }>(
      'GET',
      `/api/documents/${documentId}/export?format=json`,
      { as: lille },
    )
  }

  it('closes with 4400 a contributeur who writes 20,000 nested maps into fields, and applies none of it', async () => {
    const fiche = await createFiche('Fiche piégée')
    const attacker = await open(fiche.id)
    const fields = attacker.client.doc.getMap<unknown>('fields')
    nestMaps(attacker.client.doc, fields, 'poison', POISON_DEPTH)
    await waitFor(() => {
      expect(attacker.codes).toContain(CloseCode.BadMessage)
    })

    // Someone else opening it gets a readable document without any of it, and so does the export.
    const reader = await open(fiche.id)
    expect(reader.client.doc.getMap('fields').has('poison')).toBe(false)
    expect(() => reader.client.doc.getMap('fields').toJSON()).not.toThrow()
    const exported = await exportOf(fiche.id)
    expect(exported.status).toBe(200)
    expect(exported.body.rows[0]?.titre).toBe('Fiche piégée')
  })

  it('closes a contributeur who nests maps one level per update', async () => {
    const fiche = await createFiche('Fiche piégée pas à pas')
    const attacker = await open(fiche.id)
    const fields = attacker.client.doc.getMap<unknown>('fields')
    let current = fields
    let key = 'poison'
    for (let level = 0; level < 5 && attacker.codes.length === 0; level++) {
      const child = new Y.Map<unknown>()
      current.set(key, child)
      current = child
      key = 'x'
    }
    await waitFor(() => {
      expect(attacker.codes).toContain(CloseCode.BadMessage)
    })
    const reader = await open(fiche.id)
    const poison = reader.client.doc.getMap('fields').get('poison')
    expect(poison).toBeInstanceOf(Y.Map)
    expect((poison as Y.Map<unknown>).size).toBe(0)
  })

  it('still writes list fields as the web app does (acteurs with their texts)', async () => {
    const fiche = await createFiche('Fiche ordinaire')
    const writer = await open(fiche.id)
    const acteurs = writer.client.doc.getMap<unknown>('fields').get('acteurs') as Y.Array<unknown>
    writer.client.doc.transact(() => {
      const item = new Y.Map<unknown>()
      acteurs.push([item])
      item.set('id', 'a1')
      item.set('order', 1)
      item.set('nom', new Y.Text('Mission locale'))
    })
    await waitFor(async () => {
      const exported = await exportOf(fiche.id)
      expect(exported.body.rows[0]?.acteurs).toContain('Mission locale')
    })
    expect(writer.codes).toEqual([])
  })

  it('indexes and exports a poison document stored before the limits, and logs it instead of stopping', async () => {
    const fiche = await createFiche('Fiche ancienne')
    const id = parseDocumentId(fiche.id)
    // Written before the server bounded nesting: straight into the store, once its room is gone.
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, 'maillage_rooms')).toBe(0)
    })
    const { store } = server.server
    const old = new Y.Doc()
    for (const update of (await store.load(id)).updates) Y.applyUpdate(old, update)
    const before = Y.encodeStateVector(old)
    nestMaps(old, old.getMap<unknown>('fields'), 'poison', POISON_DEPTH)
    await store.append(id, [Y.encodeStateAsUpdate(old, before)])

    const exported = await exportOf(fiche.id)
    expect(exported.status).toBe(200)
    expect(exported.body.rows[0]?.titre).toBe('Fiche ancienne')

    // The indexer still follows edits of that document.
    const editor = await open(fiche.id)
    editor.client.doc.transact(() => {
      editor.client.title.delete(0, editor.client.title.length)
      editor.client.title.insert(0, 'Fiche ancienne réparée')
    })
    await waitFor(
      async () => {
        const record = await api.request<{ document: DocumentView }>(
          'GET',
          `/api/documents/${fiche.id}`,
          { as: lille },
        )
        expect(record.body.document.title).toBe('Fiche ancienne réparée')
      },
      { timeoutMs: 15_000 },
    )
  })

  it('answers 422 DOCUMENT_UNREADABLE for an export of a document whose content cannot be read', async () => {
    const fiche = await createFiche('Fiche abîmée')
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, 'maillage_rooms')).toBe(0)
    })
    // A record that is no Yjs update at all (what a bad restore or a bug could leave).
    await server.server.store.append(parseDocumentId(fiche.id), [
      new Uint8Array([1, 1, 200, 1, 0, 7, 1, 0, 0]),
    ])
    const exported = await exportOf(fiche.id)
    expect(exported.status).toBe(422)
    expect(exported.body.error?.code).toBe('DOCUMENT_UNREADABLE')
    expect(exported.body.error?.message).toContain('Fiche abîmée')
  })
})
