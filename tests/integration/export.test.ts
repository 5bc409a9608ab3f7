import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import type { DocumentView, FicheActionExportView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { downloadFile } from '../helpers/downloadFile.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import { addListItem, textField } from '../helpers/listItems.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { parseSemicolonCsv } from '../helpers/parseSemicolonCsv.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LENS = 'clpe-62005'
const BOM = [0xef, 0xbb, 0xbf]
/** The list of a feuille de route that links its fiches action, and the link in each item. */
const ROADMAP_LIST = 'fichesAction'
const ROADMAP_LINK = 'fiche'

describe('export of fiches action in the TDB RPE shape', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let admin: Credential
  const clients: EditorSyncClient[] = []

  beforeEach(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
  })

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function create(
    as: Credential,
    spaceId: string,
    kind: string,
    title: string,
  ): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${spaceId}/documents`,
      { as, body: { kind, title } },
    )
    expect(created.status).toBe(201)
    return created.body.document
  }

  async function open(documentId: string, as: Credential): Promise<EditorSyncClient> {
    const { headers } = syncCredentials(server, as)
    const client = connectEditorClient(server.syncUrl, documentId, headers)
    clients.push(client)
    await waitFor(() => {
      expect(client.provider.synced).toBe(true)
    })
    return client
  }

  async function exportJson(documentId: string, as: Credential): Promise<FicheActionExportView> {
    const response = await api.request<FicheActionExportView>(
      'GET',
      `/api/documents/${documentId}/export?format=json`,
      { as },
    )
    expect(response.status).toBe(200)
    return response.body
  }

  /** Fills a fiche through a websocket client and waits until the server has it. */
  async function fillFiche(documentId: string, problematique: string): Promise<EditorSyncClient> {
    const client = await open(documentId, lille)
    const fields: Y.Map<unknown> = client.doc.getMap('fields')
    client.doc.transact(() => {
      fields.set('dateDebut', '2026-09-01')
      fields.set('statut', 'en-cours')
      textField(fields, 'problematique').insert(0, problematique)
    })
    await waitFor(async () => {
      const response = await api.request<{ document: DocumentView }>(
        'GET',
        `/api/documents/${documentId}`,
        { as: lille },
      )
      expect(response.body.document.status).toBe('en-cours')
    })
    return client
  }

  it('exports a fiche as CSV for French spreadsheets, with the TDB RPE headers in order', async () => {
    const fiche = await create(lille, LILLE, 'fiche-action', 'Permis de conduire — jeunes')
    const client = await fillFiche(fiche.id, 'Peu de jeunes ont le permis; « 38 % »')

    const file = await downloadFile(server.httpUrl, `/api/documents/${fiche.id}/export`, lille)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="Permis-de-conduire-jeunes.csv"; ' +
        "filename*=UTF-8''Permis%20de%20conduire%20%E2%80%94%20jeunes.csv",
    )
    expect([...file.bytes.slice(0, 3)]).toEqual(BOM)
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes.slice(3))
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n')[0]).toContain(';')

    const json = await exportJson(fiche.id, lille)
    const [header, row, ...rest] = parseSemicolonCsv(text)
    expect(rest).toEqual([])
    expect(header).toEqual(json.columns.map((column) => column.header))
    expect(json.rows).toHaveLength(1)
    expect(row).toEqual(json.columns.map((column) => json.rows[0]?.[column.key] ?? ''))
    expect(row).toContain('Permis de conduire — jeunes')
    expect(row).toContain('Peu de jeunes ont le permis; « 38 % »')
    expect(row).toContain('01/09/2026')

    // Once nobody has it open, the export reads the stored document.
    client.destroy()
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, 'maillage_rooms')).toBe(0)
    })
    expect(await exportJson(fiche.id, lille)).toEqual(json)
  })

  it('exports the fiches a feuille de route links, in list order, skipping unreadable and deleted ones', async () => {
    const first = await create(lille, LILLE, 'fiche-action', 'Première fiche')
    const second = await create(lille, LILLE, 'fiche-action', 'Deuxième fiche')
    const deleted = await create(lille, LILLE, 'fiche-action', 'Fiche supprimée')
    const lens = (await api.signIn('lens@demo.maillage.fr')).credential
    const hidden = await create(lens, LENS, 'fiche-action', 'Fiche de Lens')
    const roadmap = await create(lille, LILLE, 'feuille-de-route', 'Feuille de route 2026')

    const client = await open(roadmap.id, lille)
    const fields: Y.Map<unknown> = client.doc.getMap('fields')
    client.doc.transact(() => {
      addListItem(fields, ROADMAP_LIST, {
        id: 'i1',
        order: 2,
        values: { [ROADMAP_LINK]: first.id },
      })
      addListItem(fields, ROADMAP_LIST, {
        id: 'i2',
        order: 4,
        values: { [ROADMAP_LINK]: hidden.id },
      })
      addListItem(fields, ROADMAP_LIST, {
        id: 'i3',
        order: 1,
        values: { [ROADMAP_LINK]: second.id },
      })
      addListItem(fields, ROADMAP_LIST, {
        id: 'i4',
        order: 3,
        values: { [ROADMAP_LINK]: deleted.id },
      })
    })
    const deletion = await api.request('DELETE', `/api/documents/${deleted.id}`, { as: admin })
    expect(deletion.status).toBe(204)

    const titleColumn = (view: FicheActionExportView): string[] =>
      view.rows.map((row) => row.titre ?? '')
    await waitFor(async () => {
      expect(titleColumn(await exportJson(roadmap.id, lille))).toEqual([
        'Deuxième fiche',
        'Première fiche',
      ])
    })
    // The regional team reads Lens too: the same export lists its fiche.
    expect(titleColumn(await exportJson(roadmap.id, admin))).toEqual([
      'Deuxième fiche',
      'Première fiche',
      'Fiche de Lens',
    ])

    const csv = await downloadFile(server.httpUrl, `/api/documents/${roadmap.id}/export`, lille)
    const text = new TextDecoder().decode(csv.bytes)
    expect(parseSemicolonCsv(text)).toHaveLength(3)
  })

  it('refuses kinds other than fiches action and feuilles de route, in French', async () => {
    const note = await create(lille, LILLE, 'note', 'Note de veille')
    const response = await api.request<{ error: { code: string; message: string } }>(
      'GET',
      `/api/documents/${note.id}/export`,
      { as: lille },
    )
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('VALIDATION_FAILED')
    expect(response.body.error.message).toBe(
      'Seules les fiches action et les feuilles de route s’exportent au format du tableau de bord.',
    )
    const fiche = await create(lille, LILLE, 'fiche-action', 'Fiche')
    const badFormat = await api.request<{ error: { code: string } }>(
      'GET',
      `/api/documents/${fiche.id}/export?format=xlsx`,
      { as: lille },
    )
    expect(badFormat.status).toBe(400)
    expect(badFormat.body.error.code).toBe('VALIDATION_FAILED')
  })

  it('lets a lecteur export and hides the fiche from an outsider; audits each export', async () => {
    const fiche = await create(lille, LILLE, 'fiche-action', 'Fiche à exporter')
    const lecteur = (await api.signIn('lecteur@demo.maillage.fr')).credential
    const lens = (await api.signIn('lens@demo.maillage.fr')).credential

    const byLecteur = await downloadFile(
      server.httpUrl,
      `/api/documents/${fiche.id}/export`,
      lecteur,
    )
    expect(byLecteur.status).toBe(200)
    const byOutsider = await api.request<{ error: { code: string } }>(
      'GET',
      `/api/documents/${fiche.id}/export`,
      { as: lens },
    )
    expect(byOutsider.status).toBe(404)
    expect(byOutsider.body.error.code).toBe('NOT_FOUND')

    const audit = await api.request<{ entries: { action: string; target?: string }[] }>(
      'GET',
      '/api/audit',
      { as: admin },
    )
    expect(
      audit.body.entries.filter(
        (entry) => entry.action === 'document.exported' && entry.target === fiche.id,
      ),
    ).toHaveLength(1)
  })
})
