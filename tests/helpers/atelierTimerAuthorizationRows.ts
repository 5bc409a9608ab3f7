import { atelierBody } from './atelierAuthorizationRows.ts'
import type { Credential } from './apiClient.ts'
import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the live session's timer, raised hands and reactions (server/src/ateliers/toolkit/
// timer) in the authorization matrix. The columns hold no seat in the atelier their cell acts on
// (a seat is a registration, not a role): only its facilitator, the admin, acts there. Seat
// holders raising hands and reacting are covered by tests/integration/atelierTimer.test.ts.

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

/** An atelier created by the admin; its session started when `live`. */
async function atelier(fixture: AdminAccess, live: boolean): Promise<string> {
  const created = (await send(fixture, fixture.admin, 'POST', '/api/ateliers', atelierBody())) as {
    id: string
  }
  if (live) {
    await send(fixture, fixture.admin, 'POST', `/api/ateliers/${created.id}/session`, {
      action: 'demarrer',
    })
  }
  return created.id
}

/** A live atelier where the admin raised a hand; resolves with its id and the admin's account id. */
async function atelierWithAdminHand(
  fixture: AdminAccess,
): Promise<{ id: string; adminId: string }> {
  const id = await atelier(fixture, true)
  await send(fixture, fixture.admin, 'POST', `/api/ateliers/${id}/mains`)
  const session = (await send(fixture, fixture.admin, 'GET', '/api/session')) as {
    account: { id: string }
  }
  return { id, adminId: session.account.id }
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the timer, the raised hands and the reactions, with the status each role gets. */
export const ATELIER_TIMER_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/time',
    // Public: the time of day, as every answer's `Date` header tells it.
    expected: [200, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/time' }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/minuteur',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await atelier(fixture, false)}/minuteur`,
      body: { action: 'demarrer', durationSeconds: 300 },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/mains',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({ path: `/api/ateliers/${await atelier(fixture, true)}/mains` }),
  },
  {
    method: 'DELETE',
    url: '/api/ateliers/:atelierId/mains',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${(await atelierWithAdminHand(fixture)).id}/mains`,
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/mains/parole',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => {
      const { id, adminId } = await atelierWithAdminHand(fixture)
      return { path: `/api/ateliers/${id}/mains/parole`, body: { accountId: adminId } }
    },
  },
  {
    method: 'DELETE',
    url: '/api/ateliers/:atelierId/mains/toutes',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${(await atelierWithAdminHand(fixture)).id}/mains/toutes`,
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/reactions',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await atelier(fixture, true)}/reactions`,
      body: { kind: 'bravo' },
    }),
  },
]
