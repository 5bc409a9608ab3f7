import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createApiClient,
  sessionFrom,
  type ApiClient,
  type Credential,
} from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess, type SyncOutcome } from '../helpers/syncAccess.ts'

// Who may do what, on every route of the API and on the websocket, in one table. A route added
// to the server without a row here fails the first test: decide its access rule, then add the row.

const LILLE = 'clpe-59004'

/** The columns of the matrix. "autreEspace" is a contributeur of CLPE Lens, a stranger to Lille. */
const ROLES = ['anonyme', 'lecteur', 'contributeur', 'animateur', 'autreEspace', 'admin'] as const
type Role = (typeof ROLES)[number]

/** One expected outcome per role, in the order of {@link ROLES}. */
type PerRole<T> = readonly [T, T, T, T, T, T]

/** What the cells act on, made once before the matrix runs. */
interface Fixture {
  readonly api: ApiClient
  /** The admin's session, which prepares what cells act on. */
  readonly admin: Credential
  /** The credential of each role (a browser session; null for anonyme). */
  readonly as: Readonly<Record<Role, Credential | null>>
  /** An account that is not a column (copil@): the target of membership changes. */
  readonly bystanderId: string
  /** A working group whose invitations the cells accept, so no column's Lille role changes. */
  readonly groupId: string
  /** An invitation link to CLPE Lille, left unused. */
  readonly invitationToken: string
  readonly documents: Readonly<Record<'private' | 'shared' | 'archived', string>>
}

/** One cell's request. */
interface Cell {
  readonly path: string
  readonly body?: unknown
}

interface RouteRow {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The route as the server registers it. */
  readonly url: string
  /** HTTP status per role. */
  readonly expected: PerRole<number>
  /** Builds one role's request; may first create, as the admin, what the request acts on. */
  readonly cell: (fixture: Fixture, role: Role) => Cell | Promise<Cell>
  /** The request ends the role's session: the row runs after every other. */
  readonly endsSession?: boolean
}

interface SyncRow {
  readonly document: keyof Fixture['documents'] | 'missing'
  readonly expected: PerRole<SyncOutcome>
}

/** What a cell answered: an HTTP status, or for the websocket `read` or `write` once open. */
type Outcome = SyncOutcome

const NEW_ACCOUNT = {
  name: 'Nouvelle personne',
  organisation: 'Association partenaire',
  password: 'un mot de passe solide',
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
const ROUTES: readonly RouteRow[] = [
  // Sessions and profile.
  {
    method: 'POST',
    url: '/api/session',
    expected: [400, 400, 400, 400, 400, 400],
    // Empty fields: refused for what is sent, never for who sends it (and no password to hash).
    cell: () => ({ path: '/api/session', body: { email: '', password: '' } }),
  },
  {
    method: 'GET',
    url: '/api/session',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/session' }),
  },
  {
    method: 'DELETE',
    url: '/api/session',
    expected: [204, 204, 204, 204, 204, 204],
    cell: () => ({ path: '/api/session' }),
    endsSession: true,
  },
  {
    method: 'PATCH',
    url: '/api/me',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/me', body: { organisation: 'Organisation mise à jour' } }),
  },
  {
    method: 'GET',
    url: '/api/setup',
    expected: [200, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/setup' }),
  },
  {
    method: 'POST',
    url: '/api/setup',
    expected: [409, 409, 409, 409, 409, 409],
    cell: () => ({ path: '/api/setup', body: { ...NEW_ACCOUNT, email: 'pirate@exemple.fr' } }),
  },
  // Spaces and members.
  {
    method: 'GET',
    url: '/api/spaces',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/spaces' }),
  },
  {
    method: 'POST',
    url: '/api/spaces',
    expected: [401, 403, 403, 201, 403, 201],
    cell: () => ({ path: '/api/spaces', body: { name: 'Groupe de travail mobilité' } }),
  },
  {
    method: 'GET',
    url: '/api/spaces/:spaceId',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}` }),
  },
  {
    method: 'GET',
    url: '/api/spaces/:spaceId/members',
    expected: [401, 200, 200, 200, 403, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}/members` }),
  },
  {
    method: 'PUT',
    url: '/api/spaces/:spaceId/members/:accountId',
    expected: [401, 403, 403, 200, 403, 200],
    cell: (fixture) => ({
      path: `/api/spaces/${LILLE}/members/${fixture.bystanderId}`,
      body: { role: 'lecteur' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/spaces/:spaceId/members/:accountId',
    expected: [401, 403, 403, 204, 403, 204],
    cell: async (fixture) => {
      await asAdmin(fixture, 'PUT', `/api/spaces/${LILLE}/members/${fixture.bystanderId}`, {
        role: 'lecteur',
      })
      return { path: `/api/spaces/${LILLE}/members/${fixture.bystanderId}` }
    },
  },
  // Invitations.
  {
    method: 'POST',
    url: '/api/spaces/:spaceId/invitations',
    expected: [401, 403, 403, 201, 403, 201],
    cell: () => ({ path: `/api/spaces/${LILLE}/invitations`, body: { role: 'lecteur' } }),
  },
  {
    method: 'GET',
    url: '/api/spaces/:spaceId/invitations',
    expected: [401, 403, 403, 200, 403, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}/invitations` }),
  },
  {
    method: 'DELETE',
    url: '/api/invitations/:invitationId',
    expected: [401, 403, 403, 204, 403, 204],
    cell: async (fixture) => {
      const { id } = await createInvitation(fixture, LILLE)
      return { path: `/api/invitations/${id}` }
    },
  },
  {
    method: 'GET',
    url: '/api/invitations/by-token/:token',
    expected: [200, 200, 200, 200, 200, 200],
    cell: (fixture) => ({ path: `/api/invitations/by-token/${fixture.invitationToken}` }),
  },
  {
    method: 'POST',
    url: '/api/invitations/by-token/:token/accept',
    expected: [201, 200, 200, 200, 200, 200],
    cell: async (fixture) => {
      const { token } = await createInvitation(fixture, fixture.groupId)
      return {
        path: `/api/invitations/by-token/${token}/accept`,
        body: { ...NEW_ACCOUNT, email: 'invitee-matrice@exemple.fr' },
      }
    },
  },
  // Documents.
  {
    method: 'GET',
    url: '/api/spaces/:spaceId/documents',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}/documents` }),
  },
  {
    method: 'POST',
    url: '/api/spaces/:spaceId/documents',
    expected: [401, 403, 201, 201, 403, 201],
    cell: () => ({
      path: `/api/spaces/${LILLE}/documents`,
      body: { kind: 'fiche-action', title: 'Fiche action mobilité' },
    }),
  },
  {
    method: 'GET',
    url: '/api/documents/shared',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/documents/shared' }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId',
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: `/api/documents/${fixture.documents.private}` }),
  },
  {
    method: 'PATCH',
    url: '/api/documents/:documentId',
    expected: [401, 403, 200, 200, 404, 200],
    cell: (fixture) => ({
      path: `/api/documents/${fixture.documents.private}`,
      body: { title: 'Diagnostic territorial — Lille' },
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/archive',
    expected: [401, 403, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `/api/documents/${await createDocument(fixture)}/archive`,
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/restore',
    expected: [401, 403, 200, 200, 404, 200],
    cell: async (fixture) => {
      const documentId = await createDocument(fixture)
      await asAdmin(fixture, 'POST', `/api/documents/${documentId}/archive`)
      return { path: `/api/documents/${documentId}/restore` }
    },
  },
  {
    method: 'DELETE',
    url: '/api/documents/:documentId',
    expected: [401, 403, 403, 204, 404, 204],
    cell: async (fixture) => ({ path: `/api/documents/${await createDocument(fixture)}` }),
  },
  // Personal access tokens: each person sees and revokes only their own.
  {
    method: 'GET',
    url: '/api/tokens',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/tokens' }),
  },
  {
    method: 'POST',
    url: '/api/tokens',
    expected: [401, 201, 201, 201, 201, 201],
    cell: () => ({ path: '/api/tokens', body: { name: 'Export des fiches action' } }),
  },
  {
    method: 'DELETE',
    url: '/api/tokens/:tokenId',
    expected: [401, 404, 404, 404, 404, 204],
    cell: async (fixture) => {
      const created = await asAdmin(fixture, 'POST', '/api/tokens', { name: 'Jeton de l’admin' })
      return { path: `/api/tokens/${field(created, 'token', 'id')}` }
    },
  },
  // Audit trail.
  {
    method: 'GET',
    url: '/api/audit',
    expected: [401, 403, 403, 403, 403, 200],
    cell: () => ({ path: '/api/audit' }),
  },
  {
    method: 'GET',
    url: '/api/audit.csv',
    expected: [401, 403, 403, 403, 403, 200],
    cell: () => ({ path: '/api/audit.csv' }),
  },
]

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
const SYNC: readonly SyncRow[] = [
  { document: 'private', expected: [401, 'read', 'write', 'write', 403, 'write'] },
  { document: 'shared', expected: [401, 'read', 'write', 'write', 'read', 'write'] },
  { document: 'archived', expected: [401, 'read', 'read', 'read', 403, 'read'] },
  { document: 'missing', expected: [401, 404, 404, 404, 404, 404] },
]

type AdminAccess = Pick<Fixture, 'api' | 'admin'>

async function asAdmin(
  fixture: AdminAccess,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fixture.api.request(method, path, { as: fixture.admin, body })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`)
  return response.body
}

async function createDocument(fixture: AdminAccess): Promise<string> {
  const created = await asAdmin(fixture, 'POST', `/api/spaces/${LILLE}/documents`, {
    kind: 'note',
    title: 'Note de veille',
  })
  return field(created, 'document', 'id')
}

async function createInvitation(
  fixture: AdminAccess,
  spaceId: string,
): Promise<{ id: string; token: string }> {
  const created = await asAdmin(fixture, 'POST', `/api/spaces/${spaceId}/invitations`, {
    role: 'lecteur',
  })
  return { id: field(created, 'invitation', 'id'), token: field(created, 'token') }
}

/** The string at `path` in a JSON body; throws if there is none. */
function field(body: unknown, ...path: string[]): string {
  let value = body
  for (const key of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined
  }
  if (typeof value !== 'string') throw new Error(`no string at ${path.join('.')}`)
  return value
}

/** A URL pattern (`/api/documents/:documentId`) as a regular expression matching its paths. */
function patternOf(url: string): RegExp {
  const escaped = url.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')
  return new RegExp(`^${escaped}$`)
}

function perRole<T>(outcomes: PerRole<T>): Record<Role, T> {
  return Object.fromEntries(ROLES.map((role, index) => [role, outcomes[index]])) as Record<Role, T>
}

describe('authorization matrix', () => {
  let server: TestServer
  let fixture: Fixture

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    const api = createApiClient(server.httpUrl)
    const signedIn = await Promise.all([
      api.signIn('lecteur@demo.maillage.fr'),
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lens@demo.maillage.fr'),
      api.signIn('admin@demo.maillage.fr'),
    ])
    const lecteur = signedIn[0].credential
    const contributeur = signedIn[1].credential
    const autreEspace = signedIn[2].credential
    const admin = signedIn[3].credential

    // The demo data has no animateur of CLPE Lille: the admin invites one, who signs up by the link.
    const base = { api, admin }
    const invitedAnimateur = await asAdmin(base, 'POST', `/api/spaces/${LILLE}/invitations`, {
      role: 'animateur',
    })
    const accepted = await api.request(
      'POST',
      `/api/invitations/by-token/${field(invitedAnimateur, 'token')}/accept`,
      { body: { ...NEW_ACCOUNT, email: 'animatrice@clpe-lille.fr', name: 'Inès Animatrice' } },
    )
    const animateur = sessionFrom(accepted)
    if (animateur === null) throw new Error(`the animateur could not sign up: ${accepted.text}`)

    const copil = await api.request<{ members: { accountId: string; email: string }[] }>(
      'GET',
      '/api/spaces/comite-de-pilotage/members',
      { as: admin },
    )
    const bystander = copil.body.members.find((member) => member.email === 'copil@demo.maillage.fr')
    if (bystander === undefined) throw new Error('copil@ is not in the comité de pilotage')
    const group = await asAdmin(base, 'POST', '/api/spaces', { name: 'Groupe de la matrice' })
    const invitation = await createInvitation(base, LILLE)

    const createLilleDocument = async (title: string): Promise<string> => {
      const created = await api.request('POST', `/api/spaces/${LILLE}/documents`, {
        as: contributeur,
        body: { kind: 'diagnostic', title },
      })
      return field(created.body, 'document', 'id')
    }
    const [privateDocument, sharedDocument, archivedDocument] = await Promise.all([
      createLilleDocument('Diagnostic de Lille'),
      createLilleDocument('Bonne pratique partagée'),
      createLilleDocument('Plan d’action 2025'),
    ])
    await api.request('PATCH', `/api/documents/${sharedDocument}`, {
      as: contributeur,
      body: { sharedWithAll: true },
    })
    await api.request('POST', `/api/documents/${archivedDocument}/archive`, { as: contributeur })

    fixture = {
      api,
      admin,
      as: { anonyme: null, lecteur, contributeur, animateur, autreEspace, admin },
      bystanderId: bystander.accountId,
      groupId: field(group, 'space', 'id'),
      invitationToken: invitation.token,
      documents: { private: privateDocument, shared: sharedDocument, archived: archivedDocument },
    }
  })

  afterAll(async () => {
    await server.close()
  })

  async function runRouteRow(row: RouteRow): Promise<Record<Role, Outcome>> {
    const outcomes: Partial<Record<Role, Outcome>> = {}
    for (const role of ROLES) {
      const cell = await row.cell(fixture, role)
      expect(cell.path, `${row.method} ${row.url}`).toMatch(patternOf(row.url))
      const response = await fixture.api.request(row.method, cell.path, {
        as: fixture.as[role],
        body: cell.body,
      })
      outcomes[role] = response.status
    }
    return outcomes as Record<Role, Outcome>
  }

  async function runSyncRow(row: SyncRow): Promise<Record<Role, Outcome>> {
    const documentId =
      row.document === 'missing' ? 'document-inexistant' : fixture.documents[row.document]
    const outcomes: Partial<Record<Role, Outcome>> = {}
    for (const role of ROLES) {
      outcomes[role] = await probeSyncAccess(server, documentId, fixture.as[role])
    }
    return outcomes as Record<Role, Outcome>
  }

  it('has a row for every /api route the server registers, and none for a route it does not', () => {
    const registered = server.server
      .routes()
      // Fastify answers HEAD with the GET route's handler: the GET row covers it.
      .filter((route) => route.url.startsWith('/api/') && route.method !== 'HEAD')
      .map((route) => `${route.method} ${route.url}`)
    const rows = ROUTES.map((row) => `${row.method} ${row.url}`)

    expect(new Set(rows).size).toBe(rows.length)
    expect([...rows].sort()).toEqual([...registered].sort())
  })

  it('answers every role on every route and on the websocket as the table says', async () => {
    const expected: Record<string, Record<Role, Outcome>> = {}
    const actual: Record<string, Record<Role, Outcome>> = {}
    const sessionEnders = ROUTES.filter((row) => row.endsSession === true)

    for (const row of ROUTES.filter((candidate) => !sessionEnders.includes(candidate))) {
      expected[`${row.method} ${row.url}`] = perRole(row.expected)
      actual[`${row.method} ${row.url}`] = await runRouteRow(row)
    }
    for (const row of SYNC) {
      expected[`WS /sync/:documentId (${row.document})`] = perRole(row.expected)
      actual[`WS /sync/:documentId (${row.document})`] = await runSyncRow(row)
    }
    for (const row of sessionEnders) {
      expected[`${row.method} ${row.url}`] = perRole(row.expected)
      actual[`${row.method} ${row.url}`] = await runRouteRow(row)
    }

    expect(actual).toEqual(expected)
  })
})
