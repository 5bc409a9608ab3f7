import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { CloseCode } from '@maillage/protocol'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient, type ApiClient, type SignedIn } from '../helpers/apiClient.ts'
import { createPage } from '../helpers/createDocument.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { webSocketClass } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  bodyText,
  editBody,
  positionAfter,
  resolveInBody,
  suggestionsIn,
} from './suggestionsEditorKit.ts'

const LILLE = 'clpe-59004'
const TEXT = 'Le plan local pour l’emploi des jeunes'

/** A real y-websocket client of a document and the close codes the server sent it. */
interface Opened {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly closeCodes: number[]
}

describe('suggestion mode over the websocket', () => {
  let server: TestServer
  let api: ApiClient
  let admin: SignedIn
  /** Nadia Benali, contributrice of CLPE Lille: an editor. */
  let editor: SignedIn
  /** Thomas Petit, lecteur of CLPE Lille. */
  let thomas: SignedIn
  /** Sophie Martin, made lecteur of CLPE Lille here. */
  let sophie: SignedIn
  const opened: Opened[] = []
  const THOMAS = { id: '', name: 'Thomas Petit' }
  const SOPHIE = { id: '', name: 'Sophie Martin' }

  allowExitListeners(12)

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    ;[admin, editor, thomas, sophie] = await Promise.all([
      api.signIn('admin@demo.maillage.fr'),
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lecteur@demo.maillage.fr'),
      api.signIn('copil@demo.maillage.fr'),
    ])
    THOMAS.id = thomas.accountId
    SOPHIE.id = sophie.accountId
    const made = await api.request('PUT', `/api/spaces/${LILLE}/members/${sophie.accountId}`, {
      as: admin.credential,
      body: { role: 'lecteur' },
    })
    expect(made.status).toBe(200)
    await setLecteurs('suggestion')
  })
  afterEach(() => {
    for (const client of opened.splice(0)) {
      client.provider.destroy()
      client.doc.destroy()
    }
  })
  afterAll(async () => {
    await server.close()
  })

  async function setLecteurs(lecteurs: string, as = admin): Promise<number> {
    const response = await api.request('PUT', `/api/espaces/${LILLE}/relecture`, {
      as: as.credential,
      body: { lecteurs },
    })
    return response.status
  }

  async function open(documentId: string, person: SignedIn): Promise<Opened> {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, documentId, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, person.credential).headers),
      disableBc: true,
    })
    const client = { doc, provider, closeCodes: [] as number[] }
    opened.push(client)
    provider.on('connection-close', (event: { readonly code: number } | null) => {
      if (event !== null) client.closeCodes.push(event.code)
    })
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return client
  }

  /** A page of CLPE Lille whose body holds one paragraph, {@link TEXT}. */
  async function pageWithText(title: string): Promise<{ id: string; editor: Opened }> {
    const page = await createPage(api, editor.credential, { spaceId: LILLE, title })
    const writer = await open(page.id, editor)
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(TEXT)])
    writer.doc.getXmlFragment('body').insert(0, [paragraph])
    return { id: page.id, editor: writer }
  }

  it('merges the suggestions of two lecteurs made at once, one of them offline', async () => {
    const page = await pageWithText('Plan local : relecture')
    const first = await open(page.id, thomas)
    const second = await open(page.id, sophie)
    await waitFor(() => {
      expect(bodyText(second.doc)).toBe(TEXT)
    })
    second.provider.disconnect()

    editBody(first.doc, THOMAS, (tr) =>
      tr.insertText(' et durable', positionAfter(first.doc, 'local')),
    )
    const jeunes = positionAfter(second.doc, 'des jeunes')
    editBody(second.doc, SOPHIE, (tr) => tr.delete(jeunes - ' des jeunes'.length, jeunes))
    editBody(second.doc, SOPHIE, (tr) => tr.insertText('Notre ', 1))
    second.provider.connect()

    const expected = 'Notre Le plan local et durable pour l’emploi des jeunes'
    await waitFor(() => {
      for (const client of [first, second, page.editor]) {
        expect(bodyText(client.doc)).toBe(expected)
        expect(
          suggestionsIn(client.doc).map((each) => [each.kind, each.authorName, each.text]),
        ).toEqual([
          ['insertion', 'Sophie Martin', 'Notre '],
          ['insertion', 'Thomas Petit', ' et durable'],
          ['deletion', 'Sophie Martin', ' des jeunes'],
        ])
      }
    })
    expect(first.closeCodes).toEqual([])
    expect(second.closeCodes.filter((code) => code === CloseCode.Forbidden)).toEqual([])
    // The same content whichever copy it is read from: the Y.Docs themselves converged.
    expect(Y.encodeStateVector(first.doc)).toEqual(Y.encodeStateVector(page.editor.doc))
  })

  it('refuses a suggest-only lecteur’s plain typing with 4403 and applies nothing of it', async () => {
    const page = await pageWithText('Plan local : frappe directe')
    const lecteur = await open(page.id, thomas)
    editBody(lecteur.doc, null, (tr) =>
      tr.insertText(' (version finale)', positionAfter(lecteur.doc, 'jeunes')),
    )
    await waitFor(() => {
      expect(lecteur.closeCodes).toContain(CloseCode.Forbidden)
    })
    lecteur.provider.destroy()
    const reader = await open(page.id, editor)
    expect(bodyText(reader.doc)).toBe(TEXT)
    expect(bodyText(page.editor.doc)).toBe(TEXT)
  })

  it('refuses a lecteur accepting someone else’s suggestion (4403), which stays', async () => {
    const page = await pageWithText('Plan local : acceptation')
    const suggester = await open(page.id, sophie)
    editBody(suggester.doc, SOPHIE, (tr) =>
      tr.insertText(' et durable', positionAfter(suggester.doc, 'local')),
    )
    const lecteur = await open(page.id, thomas)
    await waitFor(() => {
      expect(suggestionsIn(lecteur.doc)).toHaveLength(1)
    })
    resolveInBody(lecteur.doc, () => true, 'accept')
    await waitFor(() => {
      expect(lecteur.closeCodes).toContain(CloseCode.Forbidden)
    })
    const reader = await open(page.id, editor)
    expect(suggestionsIn(reader.doc)).toMatchObject([
      { kind: 'insertion', authorName: 'Sophie Martin' },
    ])
    expect(suggestionsIn(page.editor.doc)).toHaveLength(1)
  })

  it('refuses a suggestion forged in someone else’s name (4403)', async () => {
    const page = await pageWithText('Plan local : usurpation')
    const lecteur = await open(page.id, thomas)
    editBody(lecteur.doc, SOPHIE, (tr) =>
      tr.insertText(' et durable', positionAfter(lecteur.doc, 'local')),
    )
    await waitFor(() => {
      expect(lecteur.closeCodes).toContain(CloseCode.Forbidden)
    })
    expect(bodyText(page.editor.doc)).toBe(TEXT)
  })

  it('lets a lecteur withdraw their own suggestion', async () => {
    const page = await pageWithText('Plan local : retrait')
    const lecteur = await open(page.id, thomas)
    editBody(lecteur.doc, THOMAS, (tr) =>
      tr.insertText(' et durable', positionAfter(lecteur.doc, 'local')),
    )
    await waitFor(() => {
      expect(suggestionsIn(page.editor.doc)).toHaveLength(1)
    })
    resolveInBody(lecteur.doc, (each) => each.authorId === THOMAS.id, 'reject')
    await waitFor(() => {
      expect(bodyText(page.editor.doc)).toBe(TEXT)
    })
    expect(lecteur.closeCodes).toEqual([])
  })

  it('lets an editor accept one suggestion and reject another', async () => {
    const page = await pageWithText('Plan local : décision')
    const lecteur = await open(page.id, thomas)
    editBody(lecteur.doc, THOMAS, (tr) =>
      tr.insertText(' et durable', positionAfter(lecteur.doc, 'local')),
    )
    const jeunes = positionAfter(lecteur.doc, 'des jeunes')
    editBody(lecteur.doc, THOMAS, (tr) => tr.delete(jeunes - ' des jeunes'.length, jeunes))
    await waitFor(() => {
      expect(suggestionsIn(page.editor.doc)).toHaveLength(2)
    })
    const insertion = suggestionsIn(page.editor.doc).find((each) => each.kind === 'insertion')
    resolveInBody(page.editor.doc, (each) => each.id === insertion?.id, 'accept')
    resolveInBody(page.editor.doc, () => true, 'reject')
    const expected = 'Le plan local et durable pour l’emploi des jeunes'
    await waitFor(() => {
      expect(bodyText(lecteur.doc)).toBe(expected)
      expect(suggestionsIn(lecteur.doc)).toEqual([])
    })
    expect(page.editor.closeCodes).toEqual([])
  })

  describe('review settings', () => {
    afterAll(async () => {
      expect(await setLecteurs('suggestion')).toBe(200)
    })

    it('lets only animateurs and admins set what lecteurs may do, and audits it', async () => {
      expect(await setLecteurs('lecture', editor)).toBe(403)
      expect(await setLecteurs('lecture', thomas)).toBe(403)
      expect(await setLecteurs('tout')).toBe(400)
      const space = await api.request<{ space: { relecture?: { lecteurs: string } } }>(
        'GET',
        `/api/spaces/${LILLE}`,
        { as: thomas.credential },
      )
      expect(space.body.space.relecture).toEqual({ lecteurs: 'suggestion' })
      const audit = await api.request<{ entries: { action: string; target: string }[] }>(
        'GET',
        '/api/audit',
        { as: admin.credential },
      )
      expect(audit.body.entries.some((entry) => entry.action === 'space.review-changed')).toBe(true)
    })

    it('sets a default mode for an editor (the person or an animateur), never for a lecteur', async () => {
      const mine = `/api/espaces/${LILLE}/membres/${editor.accountId}/mode`
      const own = await api.request<{ member: { modeParDefaut?: string } }>('PUT', mine, {
        as: editor.credential,
        body: { modeParDefaut: 'suggestion' },
      })
      expect(own.status).toBe(200)
      expect(own.body.member.modeParDefaut).toBe('suggestion')
      const byLecteur = await api.request('PUT', mine, {
        as: thomas.credential,
        body: { modeParDefaut: 'edition' },
      })
      expect(byLecteur.status).toBe(403)
      const forLecteur = await api.request(
        'PUT',
        `/api/espaces/${LILLE}/membres/${thomas.accountId}/mode`,
        {
          as: admin.credential,
          body: { modeParDefaut: 'suggestion' },
        },
      )
      expect(forLecteur.status).toBe(400)
      const view = await api.request<{ document: { review?: { defaultMode: string } } }>(
        'GET',
        `/api/documents/${(await pageWithText('Plan local : mode')).id}`,
        { as: editor.credential },
      )
      expect(view.body.document.review?.defaultMode).toBe('suggestion')
      await api.request('PUT', mine, { as: editor.credential, body: { modeParDefaut: 'edition' } })
    })

    it('closes a suggesting lecteur when lecteurs may only comment, who then only reads', async () => {
      const page = await pageWithText('Plan local : commentaires seulement')
      const lecteur = await open(page.id, thomas)
      expect(await setLecteurs('commentaire')).toBe(200)
      await waitFor(() => {
        expect(lecteur.closeCodes).toContain(CloseCode.Forbidden)
      })
      lecteur.provider.destroy()
      const reader = await open(page.id, thomas)
      editBody(reader.doc, THOMAS, (tr) =>
        tr.insertText(' et durable', positionAfter(reader.doc, 'local')),
      )
      // Read-only: the update is dropped, not applied; the connection stays open.
      const latecomer = await open(page.id, editor)
      await waitFor(() => {
        expect(Y.encodeStateVector(latecomer.doc)).toEqual(Y.encodeStateVector(page.editor.doc))
      })
      expect(bodyText(latecomer.doc)).toBe(TEXT)
      expect(bodyText(page.editor.doc)).toBe(TEXT)
      expect(reader.closeCodes).toEqual([])
    })
  })
})
