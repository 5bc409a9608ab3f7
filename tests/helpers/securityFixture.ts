import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { allowExitListeners } from './allowExitListeners.ts'
import {
  createApiClient,
  type ApiClient,
  type ApiResponse,
  type Credential,
  type SignedIn,
} from './apiClient.ts'
import type { RawClient } from './rawClient.ts'
import { startServer, type TestServer } from './startServer.ts'
import { connectRawClientAs } from './syncAccess.ts'
import type { SyncClient } from './syncClient.ts'

/** The demo space of the CLPE of Lille, where `lille@demo.maillage.fr` is contributeur. */
export const LILLE = 'clpe-59004'

/** An origin that is not the server's: a page of another site. */
export const EVIL_ORIGIN = 'https://maillage.example.net'

/** What a partner fills in to accept an invitation, without the email each test picks. */
export const NEW_ACCOUNT = {
  name: 'Partenaire invité',
  organisation: 'Association d’insertion',
  password: 'un mot de passe solide',
}

/** The JSON body of every error the API answers. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string }
}

/** The answer to `POST /api/spaces/:spaceId/invitations`. */
export interface InvitationBody {
  readonly invitation: { readonly id: string }
  readonly token: string
}

/** The error code of an API answer, or `undefined` when its body is not an error. */
export function errorCode(response: { body: unknown }): unknown {
  const body = response.body
  return typeof body === 'object' && body !== null && 'error' in body
    ? (body as ErrorBody).error.code
    : undefined
}

/** Expects the answer to declare JSON in UTF-8. */
export function expectJson(response: ApiResponse): void {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
}

/** A session-auth server with the demo data, and the admin, Lille and lecteur accounts signed in. */
export interface SignedInServer {
  readonly server: TestServer
  readonly api: ApiClient
  readonly admin: SignedIn
  readonly lille: SignedIn
  readonly lecteur: SignedIn
}

/** What {@link useSecurityFixture} gives a `describe` block. */
export interface SecurityFixture {
  /** The server and signed-in accounts; only once the block's `beforeAll` hooks have run. */
  readonly signedIn: () => SignedInServer
  /** `y-websocket` clients the test opened, destroyed after each test. */
  readonly clients: SyncClient[]
  /** Opens a raw websocket to `documentId` as `credential`, closed after the test. */
  readonly openRaw: (documentId: string, credential: Credential) => Promise<RawClient>
  /** Creates a note in {@link LILLE} as the Lille contributeur and resolves with its id. */
  readonly createLilleDocument: (title: string) => Promise<string>
  /** Invites a lecteur to `spaceId` (default {@link LILLE}) as the admin. */
  readonly invite: (spaceId?: string) => Promise<InvitationBody>
  /** The names of the access tokens of the account of `credential`. */
  readonly tokenNames: (credential: Credential) => Promise<string[]>
}

/**
 * Registers, in the current `describe` block, the hooks that start a server of its own
 * (`auth: 'session'`, demo data), sign in admin, Lille and lecteur, close the clients of each test
 * after it, and close the server after the block.
 */
export function useSecurityFixture(): SecurityFixture {
  let current: SignedInServer | undefined
  const rawClients: RawClient[] = []
  const clients: SyncClient[] = []

  function signedIn(): SignedInServer {
    if (current === undefined) throw new Error('The security fixture is not started yet.')
    return current
  }

  allowExitListeners(4)

  beforeAll(async () => {
    const server = await startServer({ auth: 'session', demoData: true })
    const api = createApiClient(server.httpUrl)
    const [admin, lille, lecteur] = await Promise.all([
      api.signIn('admin@demo.maillage.fr'),
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lecteur@demo.maillage.fr'),
    ])
    current = { server, api, admin, lille, lecteur }
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
  })
  afterAll(async () => {
    await current?.server.close()
    current = undefined
  })

  async function openRaw(documentId: string, credential: Credential): Promise<RawClient> {
    const client = await connectRawClientAs(signedIn().server, documentId, credential)
    rawClients.push(client)
    return client
  }

  async function createLilleDocument(title: string): Promise<string> {
    const { api, lille } = signedIn()
    const created = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille.credential, body: { kind: 'note', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  async function invite(spaceId = LILLE): Promise<InvitationBody> {
    const { api, admin } = signedIn()
    const created = await api.request<InvitationBody>(
      'POST',
      `/api/spaces/${spaceId}/invitations`,
      {
        as: admin.credential,
        body: { role: 'lecteur' },
      },
    )
    expect(created.status).toBe(201)
    return created.body
  }

  async function tokenNames(credential: Credential): Promise<string[]> {
    const listed = await signedIn().api.request<{ tokens: { name: string }[] }>(
      'GET',
      '/api/tokens',
      { as: credential },
    )
    return listed.body.tokens.map((token) => token.name)
  }

  return { signedIn, clients, openRaw, createLilleDocument, invite, tokenNames }
}
