import type { Credential } from './apiClient.ts'
import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the ateliers and their calendar (issue #8, items 3 and 4) in the authorization
// matrix. Kept apart so that the table stays one screen per concern; only types come from
// authorizationTable.ts. Ateliers belong to the espace régional, shared with all territories:
// every member reads and registers; only its editors and admins (here the admin) facilitate.

const DAY_MS = 24 * 60 * 60 * 1000

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

/** The `YYYY-MM-DD` day `inDays` days from now. */
export function dayIn(inDays: number): string {
  return new Date(Date.now() + inDays * DAY_MS).toISOString().slice(0, 10)
}

/** A valid `POST /api/ateliers` body, a month from now. */
export function atelierBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Atelier de la matrice',
    date: dayIn(30),
    time: '14:00',
    durationMinutes: 90,
    format: 'webinaire',
    theme: 'outils',
    intervenants: 'C2RP',
    visioLink: 'https://visio.exemple.fr/matrice',
    capacity: 0,
    ...overrides,
  }
}

/** Creates an atelier as the admin; resolves with its id. */
async function createAtelier(fixture: AdminAccess): Promise<string> {
  const created = (await send(fixture, fixture.admin, 'POST', '/api/ateliers', atelierBody())) as {
    id: string
  }
  return created.id
}

/** An atelier whose session the admin started and ended. */
async function endedAtelier(fixture: AdminAccess): Promise<string> {
  const id = await createAtelier(fixture)
  for (const action of ['demarrer', 'terminer']) {
    await send(fixture, fixture.admin, 'POST', `/api/ateliers/${id}/session`, { action })
  }
  return id
}

/** The token of a new calendar subscription of the admin. */
async function adminFeedToken(fixture: AdminAccess): Promise<string> {
  const created = (await send(fixture, fixture.admin, 'POST', '/api/calendrier')) as { url: string }
  const token = /\/api\/calendrier\/([^/]+)\.ics$/.exec(created.url)?.[1]
  if (token === undefined) throw new Error(`unexpected feed address ${created.url}`)
  return token
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
// "animateur" is an animateur of CLPE Lille, not of the espace régional: no column but the admin
// facilitates. Each cell acts on an atelier of its own, so cells never see each other's state.
/** Every route of the ateliers and of the calendar, with the status each role gets. */
export const ATELIER_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/ateliers',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/ateliers' }),
  },
  {
    method: 'POST',
    url: '/api/ateliers',
    expected: [401, 403, 403, 403, 403, 201],
    cell: () => ({ path: '/api/ateliers', body: atelierBody() }),
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `/api/ateliers/${await createAtelier(fixture)}` }),
  },
  {
    method: 'PATCH',
    url: '/api/ateliers/:atelierId',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await createAtelier(fixture)}`,
      body: { visioLink: 'https://visio.exemple.fr/matrice-changee' },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/inscription',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await createAtelier(fixture)}/inscription`,
    }),
  },
  {
    method: 'DELETE',
    url: '/api/ateliers/:atelierId/inscription',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture, role) => {
      const path = `/api/ateliers/${await createAtelier(fixture)}/inscription`
      const credential = fixture.as[role]
      if (credential !== null) await send(fixture, credential, 'POST', path)
      return { path }
    },
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/inscriptions',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await createAtelier(fixture)}/inscriptions`,
    }),
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/atelier.ics',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await createAtelier(fixture)}/atelier.ics`,
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/session',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await createAtelier(fixture)}/session`,
      body: { action: 'demarrer' },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/compte-rendu',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await endedAtelier(fixture)}/compte-rendu`,
    }),
  },
  {
    method: 'GET',
    url: '/api/calendrier',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/calendrier' }),
  },
  {
    method: 'POST',
    url: '/api/calendrier',
    expected: [401, 201, 201, 201, 201, 201],
    cell: () => ({ path: '/api/calendrier' }),
  },
  {
    method: 'DELETE',
    url: '/api/calendrier',
    expected: [401, 204, 204, 204, 204, 204],
    cell: () => ({ path: '/api/calendrier' }),
  },
  {
    // Calendar applications send no cookie: the token in the address is the only credential.
    method: 'GET',
    url: '/api/calendrier/:token.ics',
    expected: [200, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `/api/calendrier/${await adminFeedToken(fixture)}.ics` }),
  },
]
