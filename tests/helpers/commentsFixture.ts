import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ApiErrorBody, CommentThreadView } from '@maillage/protocol'
import { allowExitListeners } from './allowExitListeners.ts'
import {
  createApiClient,
  type ApiClient,
  type ApiResponse,
  type Credential,
  type SessionCredential,
} from './apiClient.ts'
import { writeParagraph } from './commentAnchors.ts'
import { createPage } from './createDocument.ts'
import { signInDemoAccounts } from './signInDemoAccounts.ts'
import { startServer, type TestServer } from './startServer.ts'
import { syncCredentials } from './syncAccess.ts'
import { webSocketClass } from './syncClient.ts'
import { waitFor } from './waitFor.ts'

// The stage of the comments' tests: a server with the demo seeded, Nadia (lille@), Julien (lens@),
// the admin and Thomas (lecteur@) signed in, and stock y-websocket clients (the body is rich text
// here, not the sync helper's Y.Text), destroyed after each test.

/** The CLPE de Lille's space, where Nadia writes. */
export const LILLE = 'clpe-59004'

const PEOPLE = ['lille', 'lens', 'admin', 'lecteur'] as const

/** The people of the comments' tests. */
export type CommentPerson = (typeof PEOPLE)[number]

/** A thread as the API answers it, or its error. */
export type ThreadResponse = CommentThreadView & ApiErrorBody

/** A stock y-websocket client of one document. */
export interface CommentsClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  destroy(): void
}

/** The running stage: read its fields inside tests (they are set by `beforeAll`). */
export interface CommentsFixture {
  readonly server: TestServer
  readonly api: ApiClient
  readonly as: Record<CommentPerson, SessionCredential>
  readonly ids: Record<CommentPerson, string>
  /** A stock client of `documentId` as `credential`, synced. */
  readonly connect: (credential: Credential, documentId: string) => Promise<CommentsClient>
  /** Opens a thread on `documentId` as `credential`. */
  readonly comment: (
    credential: Credential,
    documentId: string,
    body: object,
  ) => Promise<ApiResponse<ThreadResponse>>
  /** A page of Lille titled `title` whose first paragraph Nadia writes, and her client. */
  readonly pageWithText: (
    title: string,
    text: string,
  ) => Promise<{ page: { id: string }; writer: CommentsClient }>
}

/** Registers the stage's set-up and tear-down with the file's hooks. */
export function useCommentsFixture(): CommentsFixture {
  let started:
    ({ server: TestServer; api: ApiClient } & Pick<CommentsFixture, 'as' | 'ids'>) | undefined
  const clients: CommentsClient[] = []

  allowExitListeners(8)

  const stage = (): NonNullable<typeof started> => {
    if (started === undefined) throw new Error('the comments fixture has not started')
    return started
  }

  beforeAll(async () => {
    const server = await startServer({ auth: 'session', demoData: true })
    const api = createApiClient(server.httpUrl)
    const { as, ids } = await signInDemoAccounts(api, PEOPLE)
    started = { server, api, as, ids }
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await started?.server.close()
  })

  const connect = async (credential: Credential, documentId: string): Promise<CommentsClient> => {
    const { server } = stage()
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, documentId, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, credential).headers),
      disableBc: true,
    })
    const client = {
      doc,
      provider,
      destroy: () => {
        provider.destroy()
        doc.destroy()
      },
    }
    clients.push(client)
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return client
  }

  return {
    get server() {
      return stage().server
    },
    get api() {
      return stage().api
    },
    get as() {
      return stage().as
    },
    get ids() {
      return stage().ids
    },
    connect,
    comment: (credential, documentId, body) =>
      stage().api.request<ThreadResponse>('POST', `/api/documents/${documentId}/commentaires`, {
        as: credential,
        body,
      }),
    pageWithText: async (title, text) => {
      const { api, as } = stage()
      const page = await createPage(api, as.lille, { spaceId: LILLE, title })
      const writer = await connect(as.lille, page.id)
      writeParagraph(writer.doc, text)
      return { page, writer }
    },
  }
}
