import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient, sessionFrom } from '../helpers/apiClient.ts'
import { openEventStream } from '../helpers/eventStream.ts'
import {
  LILLE,
  NEW_ACCOUNT,
  ROLES,
  ROUTES,
  SYNC,
  asAdmin,
  createInvitation,
  field,
  type Fixture,
  type Outcome,
  type PerRole,
  type Role,
  type RouteRow,
  type SyncRow,
} from '../helpers/authorizationTable.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess } from '../helpers/syncAccess.ts'

// Who may do what, on every route of the API and on the websocket, in one table
// (tests/helpers/authorizationTable.ts). A route added to the server without a row there fails the
// first test: decide its access rule, then add the row.

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
      if (row.streams === true) {
        const stream = await openEventStream(server.httpUrl, cell.path, fixture.as[role])
        stream.close()
        outcomes[role] = stream.status
        continue
      }
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
    // Over a thousand requests one after the other: more than the project’s minute when the
    // machine is busy with other test files.
  }, 180_000)
})
