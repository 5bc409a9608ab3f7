import { atelierBody } from './atelierAuthorizationRows.ts'
import type { Credential } from './apiClient.ts'
import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the breakout groups of live sessions (server/src/ateliers/toolkit/groups) in the
// authorization matrix. Only an atelier's facilitators (here the admin) see, start, fill and end
// its groups; the columns hold no seat in the atelier their cell acts on. Who writes which group's
// roots over the websocket is covered by tests/integration/atelierGroups.test.ts.

type AdminAccess = Pick<Fixture, 'api' | 'admin'>

async function send(
  fixture: AdminAccess,
  as: Credential,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fixture.api.request(method, path, { as, body })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`)
  return response.body
}

/** A live atelier of the admin; with `groups`, the admin holds a seat and groups run. */
async function liveAtelier(
  fixture: AdminAccess,
  groups: boolean,
): Promise<{ id: string; adminId: string }> {
  const created = (await send(fixture, fixture.admin, 'POST', '/api/ateliers', atelierBody())) as {
    id: string
  }
  const { id } = created
  await send(fixture, fixture.admin, 'POST', `/api/ateliers/${id}/session`, { action: 'demarrer' })
  const session = (await send(fixture, fixture.admin, 'GET', '/api/session')) as {
    account: { id: string }
  }
  const adminId = session.account.id
  if (groups) {
    await send(fixture, fixture.admin, 'POST', `/api/ateliers/${id}/inscription`)
    await send(fixture, fixture.admin, 'POST', `/api/ateliers/${id}/groupes`, {
      mode: 'choisi',
      groups: [{ name: 'Mobilité', memberIds: [adminId] }, { name: 'Logement' }],
    })
  }
  return { id, adminId }
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the breakout groups, with the status each role gets. */
export const ATELIER_GROUP_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/groupes',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${(await liveAtelier(fixture, false)).id}/groupes`,
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/groupes',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `/api/ateliers/${(await liveAtelier(fixture, false)).id}/groupes`,
      body: { mode: 'aleatoire', groups: [{ name: 'Mobilité' }, { name: 'Logement' }] },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/groupes/membres',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => {
      const { id, adminId } = await liveAtelier(fixture, true)
      return { path: `/api/ateliers/${id}/groupes/membres`, body: { accountId: adminId, n: 2 } }
    },
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/groupes/fin',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${(await liveAtelier(fixture, true)).id}/groupes/fin`,
    }),
  },
]
