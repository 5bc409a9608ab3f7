import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { CommentThreadView } from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient } from '../helpers/apiClient.ts'
import {
  anchorOf,
  anchoredText,
  firstParagraph,
  threadsOf,
  writeParagraph,
} from '../helpers/commentAnchors.ts'
import { createPage } from '../helpers/createDocument.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { webSocketClass } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

describe('comments with PostgreSQL', () => {
  let database: TestDatabase

  allowExitListeners(8)

  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await database.drop()
  })

  function start(): Promise<TestServer> {
    return startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'postgres', url: database.url },
    })
  }

  async function open(
    server: TestServer,
    credential: Parameters<typeof syncCredentials>[1],
    id: string,
  ) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, id, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, credential).headers),
      disableBc: true,
    })
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return { doc, provider }
  }

  it('keeps threads, replies and their anchors across a restart of the server', async () => {
    const first = await start()
    let api = createApiClient(first.httpUrl)
    let people = await signInDemoAccounts(api, ['lille', 'lecteur'] as const)
    const page = await createPage(api, people.as.lille, {
      spaceId: 'clpe-59004',
      title: 'Compte rendu du bureau',
    })
    const writer = await open(first, people.as.lille, page.id)
    writeParagraph(writer.doc, 'Le bureau valide le budget prévisionnel.')
    const opened = await api.request<CommentThreadView>(
      'POST',
      `/api/documents/${page.id}/commentaires`,
      {
        as: people.as.lecteur,
        body: { ancre: anchorOf(firstParagraph(writer.doc), 'budget'), texte: 'Quel montant ?' },
      },
    )
    expect(opened.status, opened.text).toBe(201)
    const replied = await api.request(
      'POST',
      `/api/documents/${page.id}/commentaires/${opened.body.id}/reponses`,
      { as: people.as.lille, body: { texte: '120 000 €.' } },
    )
    expect(replied.status).toBe(201)
    writer.provider.destroy()
    await first.close()

    const second = await start()
    api = createApiClient(second.httpUrl)
    people = await signInDemoAccounts(api, ['lille', 'lecteur'] as const)
    const reader = await open(second, people.as.lecteur, page.id)
    const thread = threadsOf(reader.doc).get(opened.body.id)
    expect(thread?.messages.map((message) => message.text)).toEqual([
      'Quel montant ?',
      '120 000 €.',
    ])
    expect(thread === undefined ? null : anchoredText(reader.doc, thread)).toBe('budget')
    const audit = await second.server.metadata.listAudit()
    expect(audit.filter((entry) => entry.target === page.id).map((entry) => entry.action)).toEqual([
      'document.created',
      'comment.thread-opened',
      'comment.replied',
    ])
    reader.provider.destroy()
    await second.close()
  })
})
