import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import type { DocumentKind } from '@maillage/schema'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { downloadFile } from '../helpers/downloadFile.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import {
  exportedText,
  fillEveryField,
  footerText,
  markdownAst,
  missingInOrder,
  renderPdfPages,
  writeEveryBlock,
  type PandocNode,
} from '../helpers/exportsFixture.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const FORMATS = ['md', 'docx', 'odt', 'pdf'] as const
const MEDIA_TYPES = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
}

describe('exports of documents as ODT, DOCX, PDF and Markdown', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  // A second member of Lille for the dossier: exports are limited to 20 a minute per account.
  let lille2: Credential
  let lens: Credential
  const clients: EditorSyncClient[] = []
  /** Per kind: the document and the texts its export must show, in order. */
  const written = new Map<DocumentKind, { document: DocumentView; texts: string[] }>()
  let linked: DocumentView

  async function create(
    as: Credential,
    spaceId: string,
    kind: string,
    title: string,
  ): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${spaceId}/documents`,
      {
        as,
        body: { kind, title },
      },
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

  /** Writes every field and every block through a websocket client, as the editor does. */
  async function writeEverything(kind: DocumentKind, title: string): Promise<void> {
    const document = await create(lille, LILLE, kind, title)
    const client = await open(document.id, lille)
    const fields: Y.Map<unknown> = client.doc.getMap('fields')
    let texts: string[] = []
    client.doc.transact(() => {
      // The template's blocks go: the body holds exactly the blocks below.
      client.body.delete(0, client.body.length)
      texts = [title, ...fillEveryField(fields, kind, { id: linked.id, title: linked.title })]
      texts.push(...writeEveryBlock(client.body).texts)
    })
    // Saved once the server's Markdown export shows the last paragraph.
    await waitFor(
      async () => {
        const file = await downloadFile(
          server.httpUrl,
          `/api/documents/${document.id}/export.md`,
          lille,
        )
        expect(new TextDecoder().decode(file.bytes)).toContain('Dernier paragraphe du corps')
      },
      { timeoutMs: 10_000 },
    )
    written.set(kind, { document, texts })
  }

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
    lille2 = (await api.signIn('lille2@demo.maillage.fr')).credential
    lens = (await api.signIn('lens@demo.maillage.fr')).credential
    linked = await create(lille, LILLE, 'fiche-action', 'Fiche liée — mobilité')
    await writeEverything('fiche-action', 'Permis de conduire : jeunes')
    await writeEverything('diagnostic', 'Diagnostic territorial 2026')
    await writeEverything('avis', 'Avis sur la feuille de route')
  }, 60_000)

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  for (const kind of ['fiche-action', 'diagnostic', 'avis'] as const) {
    for (const format of FORMATS) {
      it(`exports a ${kind} as ${format} holding every field value and paragraph in order`, async () => {
        const entry = written.get(kind)
        if (entry === undefined) throw new Error(`${kind} not written`)
        const path = `/api/documents/${entry.document.id}/export.${format}`
        const file = await downloadFile(server.httpUrl, path, lille)
        expect(file.status).toBe(200)
        expect(file.headers.get('content-type')).toBe(MEDIA_TYPES[format])
        expect(file.headers.get('content-disposition')).toContain(`.${format}"`)
        const text = await exportedText(file.bytes, format)
        expect(missingInOrder(text, entry.texts)).toBeNull()
        // The footer: the space and the day of the export, in French.
        const footer =
          format === 'docx' || format === 'odt' ? await footerText(file.bytes, format) : text
        expect(footer).toMatch(
          /Lille Métropole\s+—\s+exporté le\s+\d{1,2}(er)?\s+[a-zéû]+\s+20\d\d/u,
        )
      }, 60_000)
    }
  }

  it('renders the PDF of a fiche on numbered pages, each drawn to a PNG', async () => {
    const entry = written.get('fiche-action')
    if (entry === undefined) throw new Error('fiche not written')
    const file = await downloadFile(
      server.httpUrl,
      `/api/documents/${entry.document.id}/export.pdf`,
      lille,
    )
    const { pages, images } = await renderPdfPages(file.bytes, 'export-fiche-action')
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(images).toHaveLength(pages)
    const text = (await exportedText(file.bytes, 'pdf')).replace(/\s+/gu, ' ')
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`page ${page} sur ${pages}`)
  })

  it('writes French spacing: no-break spaces before « : » and inside guillemets, narrow ones before « ; »', async () => {
    const entry = written.get('fiche-action')
    if (entry === undefined) throw new Error('fiche not written')
    const file = await downloadFile(
      server.httpUrl,
      `/api/documents/${entry.document.id}/export.docx`,
      lille,
    )
    const text = await exportedText(file.bytes, 'docx')
    expect(text).toContain('Permis de conduire\u00a0: jeunes')
    expect(text).toContain('paragraphe\u202f!')
    expect(text).toContain('\u202f; fin')
  })

  it('round-trips headings, nested lists, task lists and tables through Markdown', async () => {
    const entry = written.get('diagnostic')
    if (entry === undefined) throw new Error('diagnostic not written')
    const file = await downloadFile(
      server.httpUrl,
      `/api/documents/${entry.document.id}/export.md`,
      lille,
    )
    const ast = await markdownAst(new TextDecoder().decode(file.bytes))
    const headers = ast.blocks
      .filter((block) => block.t === 'Header')
      .map((block) => {
        const [level, , inlines] = block.c as [number, unknown, PandocNode[]]
        return [level, plain(inlines)]
      })
    expect(headers[0]).toEqual([1, 'Diagnostic territorial 2026'])
    expect(headers).toContainEqual([2, 'Objectifs du corps'])
    expect(headers).toContainEqual([3, 'Étapes du corps'])
    expect(headers).toContainEqual([4, 'Tâches du corps'])

    const bullet = ast.blocks.find(
      (block) => block.t === 'BulletList' && plain(block).startsWith('Puce un'),
    )
    expect(bullet).toBeDefined()
    const [firstItem] = (bullet?.c ?? []) as PandocNode[][]
    expect(firstItem?.map((block) => block.t)).toEqual(['Plain', 'OrderedList'])
    expect(plain(firstItem?.[1])).toBe('Numéro imbriqué un Numéro imbriqué deux')

    const ordered = ast.blocks.find(
      (block) => block.t === 'OrderedList' && plain(block).startsWith('Premier'),
    )
    const [, orderedItems] = (ordered?.c ?? []) as [unknown, PandocNode[][]]
    expect(orderedItems[0]?.map((block) => block.t)).toEqual(['Plain', 'BulletList'])

    // GFM task lists read back as ☒ and ☐ items, the nested one inside its parent.
    const tasks = ast.blocks.find(
      (block) => block.t === 'BulletList' && plain(block).includes('Tâche faite'),
    )
    expect(plain(tasks)).toBe('☒ Tâche faite ☐ Tâche à faire ☐ Sous-tâche')

    const tables = ast.blocks.filter((block) => block.t === 'Table').map(plain)
    expect(tables).toContain('Indicateur Cible Entrées en formation 30 en juin')
  })

  it('puts a feuille de route and the fiches it links that the reader may read in one dossier, in order', async () => {
    const first = await create(lille, LILLE, 'fiche-action', 'Première fiche du dossier')
    const second = await create(lille, LILLE, 'fiche-action', 'Deuxième fiche du dossier')
    const hidden = await create(lens, 'clpe-62005', 'fiche-action', 'Fiche de Lens cachée')
    const roadmap = await create(lille, LILLE, 'feuille-de-route', 'Feuille de route 2026')
    const client = await open(roadmap.id, lille)
    const list = client.doc.getMap('fields').get('fichesAction') as Y.Array<Y.Map<unknown>>
    const { Map: YMap } = await import('yjs')
    client.doc.transact(() => {
      for (const [index, id] of [second.id, hidden.id, first.id, second.id].entries()) {
        const item = new YMap<unknown>()
        item.set('id', `lien-${index}`)
        item.set('order', index + 1)
        item.set('fiche', id)
        list.push([item])
      }
    })
    const path = `/api/documents/${roadmap.id}/dossier.md`
    await waitFor(async () => {
      const file = await downloadFile(server.httpUrl, path, lille2)
      expect(new TextDecoder().decode(file.bytes)).toContain('Première fiche du dossier')
    })
    for (const format of ['md', 'pdf'] as const) {
      const file = await downloadFile(
        server.httpUrl,
        `/api/documents/${roadmap.id}/dossier.${format}`,
        lille2,
      )
      expect(file.status).toBe(200)
      expect(file.headers.get('content-disposition')).toContain(
        `filename="Dossier-Feuille-de-route-2026.${format}"`,
      )
      const text = await exportedText(file.bytes, format)
      expect(
        missingInOrder(text, [
          'Feuille de route 2026',
          'Deuxième fiche du dossier',
          'Première fiche du dossier',
        ]),
      ).toBeNull()
      expect(text).not.toContain('Fiche de Lens cachée')
      // The link to Lens's fiche reads as hidden; the fiche linked twice comes once.
      expect(text).toContain('document non accessible')
      expect(text.match(/Cadre et problématique/gu)).toHaveLength(2)
    }
    const fiche = await downloadFile(
      server.httpUrl,
      `/api/documents/${first.id}/dossier.md`,
      lille2,
    )
    expect(fiche.status).toBe(400)
  }, 60_000)

  it('answers 404 to a reader from another territory, and 400 to an unknown format', async () => {
    const entry = written.get('fiche-action')
    if (entry === undefined) throw new Error('fiche not written')
    for (const format of FORMATS) {
      const refused = await api.request<{ error: { code: string } }>(
        'GET',
        `/api/documents/${entry.document.id}/export.${format}`,
        { as: lens },
      )
      expect(refused.status).toBe(404)
      expect(refused.body.error.code).toBe('NOT_FOUND')
    }
    const unknown = await api.request<{ error: { code: string } }>(
      'GET',
      `/api/documents/${entry.document.id}/export.rtf`,
      { as: lille },
    )
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.code).toBe('VALIDATION_FAILED')
  })
})

/** The text of pandoc AST nodes, words joined by single spaces. */
function plain(node: unknown): string {
  const words: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const entry of value) walk(entry)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const { t, c } = value as PandocNode
    if (t === 'Str' && typeof c === 'string') words.push(c)
    else walk(c)
  }
  walk(node)
  return words.join(' ')
}
