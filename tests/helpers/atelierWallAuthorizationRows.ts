import { atelierBody } from './atelierAuthorizationRows.ts'
import type { Credential } from './apiClient.ts'
import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the wall of the ateliers' live sessions in the authorization
// matrix. Every reader of an atelier reads the wall's settings and exports it; seat holders and
// facilitators post and vote (no column holds a seat here: only the admin, who facilitates);
// facilitators configure and moderate; admins alone reveal an anonymous note's author.

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

/** An atelier of the admin's; resolves with its path. */
async function atelierPath(fixture: AdminAccess): Promise<string> {
  const created = (await send(fixture, fixture.admin, 'POST', '/api/ateliers', atelierBody())) as {
    id: string
  }
  return `/api/ateliers/${created.id}`
}

/** A note the admin posted on a new atelier's wall (anonymously: anonymity opened first). */
async function notePath(fixture: AdminAccess, anonymous = false): Promise<string> {
  const atelier = await atelierPath(fixture)
  if (anonymous) {
    await send(fixture, fixture.admin, 'PUT', `${atelier}/mur/reglages`, { anonymousAllowed: true })
  }
  const note = (await send(fixture, fixture.admin, 'POST', `${atelier}/mur/notes`, {
    text: 'Une note de la matrice',
    anonymous,
  })) as { noteId: string }
  return `${atelier}/mur/notes/${note.noteId}`
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the wall, with the status each role gets. */
export const ATELIER_WALL_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/mur',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `${await atelierPath(fixture)}/mur` }),
  },
  {
    method: 'PUT',
    url: '/api/ateliers/:atelierId/mur/reglages',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `${await atelierPath(fixture)}/mur/reglages`,
      body: { voteBudget: 5 },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/mur/notes',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `${await atelierPath(fixture)}/mur/notes`,
      body: { text: 'Une note de la matrice' },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/mur/notes/:noteId/points',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({ path: `${await notePath(fixture)}/points`, body: { delta: 1 } }),
  },
  {
    method: 'PATCH',
    url: '/api/ateliers/:atelierId/mur/notes/:noteId',
    expected: [401, 403, 403, 403, 403, 204],
    cell: async (fixture) => ({ path: await notePath(fixture), body: { hidden: true } }),
  },
  {
    method: 'DELETE',
    url: '/api/ateliers/:atelierId/mur/notes/:noteId',
    expected: [401, 403, 403, 403, 403, 204],
    cell: async (fixture) => ({ path: await notePath(fixture) }),
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/mur/notes/:noteId/auteur',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({ path: `${await notePath(fixture, true)}/auteur` }),
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/mur.csv',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `${await atelierPath(fixture)}/mur.csv` }),
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/mur.svg',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `${await atelierPath(fixture)}/mur.svg` }),
  },
]
