import type { Fixture, Role, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the lettre d’information in the authorization matrix: every member reads the
// archive and a published numéro; only the regional team (the admin here) prepares, proof-reads
// and publishes; members of a CLPE, whatever their role, are refused.

/**
 * The numéro a role's request acts on: the demo's numéro in preparation for the refused roles
 * (nothing happens to it), a new one for the admin, proof-read when it is to be published (each
 * numéro prepared counts in the admin's hourly limit).
 */
async function numeroFor(fixture: Fixture, role: Role, proofread: boolean): Promise<string> {
  if (role !== 'admin') return field((await lettres(fixture)).drafts[0], 'id')
  const id = field(await asAdmin(fixture, 'POST', '/api/lettres', {}), 'documentId')
  if (proofread) await asAdmin(fixture, 'POST', `/api/lettres/${id}/relecture`)
  return id
}

async function lettres(
  fixture: Fixture,
): Promise<{ editions: { id: string }[]; drafts: { id: string }[] }> {
  return (await asAdmin(fixture, 'GET', '/api/lettres')) as {
    editions: { id: string }[]
    drafts: { id: string }[]
  }
}

/** The newest published numéro (the demo's numéro 1). */
async function publishedNumero(fixture: Fixture): Promise<string> {
  const [latest] = (await lettres(fixture)).editions
  if (latest === undefined) throw new Error('the demo has no published numéro')
  return latest.id
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the lettre d’information, with the status each role gets. */
export const LETTRE_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/lettres',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/lettres' }),
  },
  {
    method: 'POST',
    url: '/api/lettres',
    expected: [401, 403, 403, 403, 403, 201],
    cell: () => ({ path: '/api/lettres', body: {} }),
  },
  {
    method: 'GET',
    url: '/api/lettres/:id',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `/api/lettres/${await publishedNumero(fixture)}` }),
  },
  {
    method: 'POST',
    url: '/api/lettres/:id/relecture',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture, role) => ({
      path: `/api/lettres/${await numeroFor(fixture, role, false)}/relecture`,
    }),
  },
  {
    method: 'POST',
    url: '/api/lettres/:id/publication',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture, role) => ({
      path: `/api/lettres/${await numeroFor(fixture, role, true)}/publication`,
    }),
  },
]
