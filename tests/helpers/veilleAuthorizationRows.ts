import type { Fixture, Role, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the veille in the authorization matrix: every member reads it, proposes items and
// manages their own feed address; only the regional team (the admin here) edits a published item,
// curates, deletes and imports. The import's address is a loopback one, which the matrix's server
// refuses to fetch (422): the admin passes the access check without any request leaving.

let created = 0

/** A new item's body, at an address no other item has. */
function itemBody(role: Role): Record<string, unknown> {
  created += 1
  return {
    title: `Note de la matrice ${created}`,
    url: `https://matrice.exemple.fr/${role}/${created}`,
    source: 'Matrice des droits',
    publishedOn: '2026-09-01',
  }
}

/** An item the admin proposed and published, for one role's request. */
async function publishedItem(fixture: Fixture, role: Role): Promise<string> {
  const body = await asAdmin(fixture, 'POST', '/api/veille', itemBody(role))
  const id = field(body, 'item', 'id')
  await asAdmin(fixture, 'POST', `/api/veille/${id}/curation`, { status: 'publie' })
  return id
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the veille, with the status each role gets. */
export const VEILLE_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/veille',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/veille' }),
  },
  {
    method: 'POST',
    url: '/api/veille',
    expected: [401, 201, 201, 201, 201, 201],
    cell: (_fixture, role) => ({ path: '/api/veille', body: itemBody(role) }),
  },
  {
    method: 'PATCH',
    url: '/api/veille/:id',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture, role) => ({
      path: `/api/veille/${await publishedItem(fixture, role)}`,
      body: { summary: 'Résumé revu.' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/veille/:id',
    expected: [401, 403, 403, 403, 403, 204],
    cell: async (fixture, role) => ({ path: `/api/veille/${await publishedItem(fixture, role)}` }),
  },
  {
    method: 'POST',
    url: '/api/veille/:id/curation',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture, role) => ({
      path: `/api/veille/${await publishedItem(fixture, role)}/curation`,
      body: { selectedForLettre: true },
    }),
  },
  {
    method: 'POST',
    url: '/api/veille/import',
    expected: [401, 403, 403, 403, 403, 422],
    cell: () => ({ path: '/api/veille/import', body: { url: 'http://127.0.0.1:9/flux.xml' } }),
  },
  {
    method: 'GET',
    url: '/api/veille/flux',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/veille/flux' }),
  },
  {
    method: 'POST',
    url: '/api/veille/flux',
    expected: [401, 201, 201, 201, 201, 201],
    cell: () => ({ path: '/api/veille/flux' }),
  },
  {
    method: 'DELETE',
    url: '/api/veille/flux',
    expected: [401, 204, 204, 204, 204, 204],
    cell: () => ({ path: '/api/veille/flux' }),
  },
  {
    method: 'GET',
    url: '/api/veille/flux.atom',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/veille/flux.atom' }),
  },
  {
    method: 'GET',
    url: '/api/veille/flux.rss',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/veille/flux.rss' }),
  },
]
