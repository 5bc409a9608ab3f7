import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId, type DocumentView } from '@maillage/protocol'
import { parseSpaceId } from '@maillage/schema'
import { createApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// Records indexed before the index kept the steering digest (`pilotage`) get it at the
// next start, in the background, from the stored content, without loading a room.

describe('the backfill of the pilotage index at start-up', () => {
  const opened: TestServer[] = []
  let dataDir: string | undefined

  afterEach(async () => {
    for (const server of opened.splice(0)) await server.close()
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true })
  })

  it('re-indexes the fiches action and feuilles de route that lack it, and nothing else', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-backfill-'))
    const first = await startServer({
      store: { kind: 'lowdb', dataDir },
      auth: 'session',
      demoData: true,
    })
    opened.push(first)
    const api = createApiClient(first.httpUrl)
    const { credential } = await api.signIn('lille@demo.maillage.fr')
    const create = async (as: Credential, kind: string, title: string): Promise<string> => {
      const created = await api.request<{ document: DocumentView }>(
        'POST',
        `/api/spaces/${LILLE}/documents`,
        { as, body: { kind, title } },
      )
      expect(created.status).toBe(201)
      return created.body.document.id
    }
    const ficheId = parseDocumentId(await create(credential, 'fiche-action', 'Forum de l’emploi'))
    const roadmapId = parseDocumentId(await create(credential, 'feuille-de-route', 'Feuille 2026'))
    const client = connectClient(first.syncUrl, ficheId, syncCredentials(first, credential))
    await whenSynced(client)
    const indicator = new Y.Map<unknown>()
    indicator.set('id', 'indicateur-1')
    indicator.set('order', 1)
    indicator.set('niveau', 'resultat')
    indicator.set('libelle', new Y.Text('Personnes recrutées'))
    const measurement = new Y.Map<unknown>()
    measurement.set('id', 'mesure-1')
    measurement.set('order', 1)
    measurement.set('date', '2026-02-28')
    measurement.set('valeur', 17)
    const measurements = new Y.Array<unknown>()
    measurements.push([measurement])
    indicator.set('mesures', measurements)
    ;(client.doc.getMap('fields').get('indicateurs') as Y.Array<unknown>).push([indicator])
    await waitFor(async () => {
      const record = await first.server.metadata.findDocument(ficheId)
      expect(record?.pilotage).toMatchObject({ indicators: [{ id: 'indicateur-1' }] })
    })
    client.destroy()
    // As a record written before the digest existed.
    for (const id of [ficheId, roadmapId]) {
      await first.server.metadata.updateDocument(id, { pilotage: undefined })
    }
    const before = await first.server.metadata.findDocument(ficheId)
    expect(before?.pilotage).toBeUndefined()
    await first.close()
    opened.splice(0)

    const second = await startServer({ store: { kind: 'lowdb', dataDir }, auth: 'session' })
    opened.push(second)
    const fiche = await waitFor(async () => {
      const record = await second.server.metadata.findDocument(ficheId)
      expect(record?.pilotage).toMatchObject({
        kind: 'fiche-action',
        indicators: [{ id: 'indicateur-1', measurements: [{ date: '2026-02-28', value: 17 }] }],
      })
      return record
    })
    const roadmap = await waitFor(async () => {
      const record = await second.server.metadata.findDocument(roadmapId)
      expect(record?.pilotage).toMatchObject({ kind: 'feuille-de-route', ficheIds: [] })
      return record
    })
    // Nothing changed in them: neither their time nor their last editor moves.
    expect(fiche?.updatedAt).toBe(before?.updatedAt)
    expect(fiche?.lastEditorName).toBe(before?.lastEditorName)
    expect(roadmap?.lastEditorName).toBeUndefined()
    // A page has no digest, and got none.
    const pages = (await second.server.metadata.listDocumentsOfSpace(parseSpaceId(LILLE))).filter(
      (record) => record.kind !== 'fiche-action' && record.kind !== 'feuille-de-route',
    )
    for (const page of pages) expect(page.pilotage, page.kind).toBeUndefined()
    expect(await metricValue(second.httpUrl, 'maillage_rooms')).toBe(0)
  })
})
