import { afterAll, beforeAll, expect } from 'vitest'
import type {
  ApiErrorBody,
  ExchangeMessageView,
  ExchangeView,
  NotificationListView,
} from '@maillage/protocol'
import type { CreateServerOptions } from '@maillage/server'
import {
  createApiClient,
  type ApiClient,
  type ApiRequest,
  type ApiResponse,
  type Credential,
} from './apiClient.ts'
import { messageContent } from './exchangeAuthorizationRows.ts'
import { signInDemoAccounts } from './signInDemoAccounts.ts'
import { startServer, type TestServer } from './startServer.ts'
import { syncCredentials } from './syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from './syncClient.ts'

/** The demo space of the CLPE of Lille, where `lille@demo.maillage.fr` is contributeur. */
export const LILLE = 'clpe-59004'

/** The demo space of the CLPE of Lens, where `lens@demo.maillage.fr` is contributeur. */
export const LENS = 'clpe-62005'

const PEOPLE = ['lille', 'lens', 'admin', 'lecteur', 'copil'] as const

/** A demo account the échanges tests act as. */
export type ExchangePerson = (typeof PEOPLE)[number]

/** A thread, or the error the API answered instead. */
export type ThreadResponse = ApiResponse<ExchangeView & ApiErrorBody>

/** What {@link useExchangeFixture} gives a `describe` block. */
export interface ExchangeFixture {
  /** Credentials by person; filled once the block's `beforeAll` hooks have run. */
  readonly as: Record<ExchangePerson, Credential>
  /** Account ids by person; filled once the block's `beforeAll` hooks have run. */
  readonly ids: Record<ExchangePerson, string>
  /** The block's server, once the block's `beforeAll` hooks have run. */
  readonly server: () => TestServer
  /** A request to the block's server ({@link ApiClient.request}). */
  readonly request: ApiClient['request']
  /** `POST /api/echanges`: a question of CLPE Lille on formation and insertion, or `body`'s. */
  readonly open: (credential: Credential, body?: object) => Promise<ThreadResponse>
  /** Opens a thread (as Lille by default) and expects it created. */
  readonly openThread: (credential?: Credential, body?: object) => Promise<ExchangeView>
  /** `POST /api/echanges/:id/messages`. */
  readonly post: (
    credential: Credential,
    id: string,
    content: unknown,
  ) => Promise<ApiResponse<ExchangeMessageView & ApiErrorBody>>
  /** `PATCH /api/echanges/:id` with a new status. */
  readonly setStatus: (
    credential: Credential,
    id: string,
    status: string,
  ) => Promise<ThreadResponse>
  /** The notifications of the account of `credential`, expected to answer 200. */
  readonly notificationsOf: (credential: Credential) => Promise<NotificationListView>
  /** A synced `y-websocket` client of the thread, destroyed after the block. */
  readonly reader: (credential: Credential, documentId: string) => Promise<SyncClient>
  /** The messages of a thread as a client's Y.Doc holds them. */
  readonly messagesOf: (client: SyncClient) => ExchangeMessageView[]
}

/**
 * Registers, in the current `describe` block, the hooks that start a server of its own
 * (`auth: 'session'`, demo data, the real clock unless `timers` is given) and sign in Lille, Lens,
 * admin, lecteur and copil, then close the readers and the server after the block.
 */
export function useExchangeFixture(
  options: { timers?: CreateServerOptions['timers'] } = {},
): ExchangeFixture {
  let server: TestServer | undefined
  let api: ApiClient | undefined
  const as = {} as Record<ExchangePerson, Credential>
  const ids = {} as Record<ExchangePerson, string>
  const clients: SyncClient[] = []

  function started(): { server: TestServer; api: ApiClient } {
    if (server === undefined || api === undefined) {
      throw new Error('The exchange fixture is not started yet.')
    }
    return { server, api }
  }

  beforeAll(async () => {
    server = await startServer({
      auth: 'session',
      demoData: true,
      ...(options.timers === undefined ? {} : { timers: options.timers }),
    })
    api = createApiClient(server.httpUrl)
    const accounts = await signInDemoAccounts(api, PEOPLE)
    Object.assign(as, accounts.as)
    Object.assign(ids, accounts.ids)
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.close()
    server = undefined
  })

  function request<T>(method: string, path: string, options?: ApiRequest): Promise<ApiResponse<T>> {
    return started().api.request<T>(method, path, options)
  }

  async function open(credential: Credential, body: object = {}): Promise<ThreadResponse> {
    return request<ExchangeView & ApiErrorBody>('POST', '/api/echanges', {
      as: credential,
      body: {
        type: 'question',
        title: 'Quelle prise en charge des frais de garde pendant une formation ?',
        themes: ['formation', 'insertion'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: messageContent('Nos stagiaires abandonnent faute de mode de garde.'),
        ...body,
      },
    })
  }
  async function openThread(credential = as.lille, body: object = {}): Promise<ExchangeView> {
    const response = await open(credential, body)
    expect(response.status, response.text).toBe(201)
    return response.body
  }
  async function post(credential: Credential, id: string, content: unknown) {
    return request<ExchangeMessageView & ApiErrorBody>('POST', `/api/echanges/${id}/messages`, {
      as: credential,
      body: { content },
    })
  }
  async function setStatus(credential: Credential, id: string, status: string) {
    return request<ExchangeView & ApiErrorBody>('PATCH', `/api/echanges/${id}`, {
      as: credential,
      body: { status },
    })
  }
  async function notificationsOf(credential: Credential): Promise<NotificationListView> {
    const response = await request<NotificationListView>('GET', '/api/notifications', {
      as: credential,
    })
    expect(response.status).toBe(200)
    return response.body
  }
  async function reader(credential: Credential, documentId: string): Promise<SyncClient> {
    const current = started().server
    const client = connectClient(current.syncUrl, documentId, syncCredentials(current, credential))
    clients.push(client)
    await whenSynced(client)
    return client
  }
  const messagesOf = (client: SyncClient) =>
    client.doc.getArray<ExchangeMessageView>('messages').toArray()

  return {
    as,
    ids,
    server: () => started().server,
    request,
    open,
    openThread,
    post,
    setStatus,
    notificationsOf,
    reader,
    messagesOf,
  }
}
