import type { Fixture, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the programme d'accompagnement in the authorization matrix: every signed-in member
// reads it, its versions, comparison and suivi; only the regional team (the admin here) drafts
// lines and links what carries them out; the steps are moved by the instances' members, whom no
// column is (the admin is not in the comité de pilotage), so every role is refused there. The
// demo programme's version stays « proposé » through the matrix: a new version is refused to the
// admin (409, one draft at a time) after the access check.

const BASE = '/api/gouvernance/programme'

const LINE = {
  partner: 'Matrice des droits',
  kind: 'atelier',
  title: 'Ligne de la matrice',
  description: 'Une ligne pour vérifier les droits.',
}

/** The current version, « proposé » (the demo's first, or one the admin creates). */
async function draftVersionId(fixture: Fixture): Promise<string> {
  const overview = await asAdmin(fixture, 'GET', BASE)
  const current = (overview as { current: { id: string; status: string } | null }).current
  if (current !== null && current.status === 'propose') return current.id
  return field(
    await asAdmin(fixture, 'POST', `${BASE}/versions`, { title: 'Matrice' }),
    'version',
    'id',
  )
}

/** A new line of the current version, made by the admin. */
async function newLineId(fixture: Fixture): Promise<string> {
  const versionId = await draftVersionId(fixture)
  const body = await asAdmin(fixture, 'POST', `${BASE}/versions/${versionId}/lignes`, LINE)
  const lines = (body as { version: { lines: { id: string }[] } }).version.lines
  const last = lines.at(-1)
  if (last === undefined) throw new Error('the line was not added')
  return last.id
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the programme d'accompagnement, with the status each role gets. */
export const PROGRAMME_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: BASE,
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: BASE }),
  },
  {
    method: 'POST',
    url: `${BASE}/versions`,
    expected: [401, 403, 403, 403, 403, 409],
    cell: () => ({ path: `${BASE}/versions`, body: { title: 'Version de la matrice' } }),
  },
  {
    method: 'GET',
    url: `${BASE}/versions/:id`,
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `${BASE}/versions/${await draftVersionId(fixture)}` }),
  },
  {
    method: 'POST',
    url: `${BASE}/versions/:id/lignes`,
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `${BASE}/versions/${await draftVersionId(fixture)}/lignes`,
      body: LINE,
    }),
  },
  {
    method: 'PUT',
    url: `${BASE}/lignes/:lineId`,
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `${BASE}/lignes/${await newLineId(fixture)}`,
      body: { ...LINE, title: 'Ligne revue' },
    }),
  },
  {
    method: 'DELETE',
    url: `${BASE}/lignes/:lineId`,
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({ path: `${BASE}/lignes/${await newLineId(fixture)}` }),
  },
  {
    method: 'POST',
    url: `${BASE}/versions/:id/etape`,
    expected: [401, 403, 403, 403, 403, 403],
    cell: async (fixture) => ({
      path: `${BASE}/versions/${await draftVersionId(fixture)}/etape`,
      body: { to: 'valide-copil' },
    }),
  },
  {
    method: 'POST',
    url: `${BASE}/versions/:id/renvoi`,
    expected: [401, 403, 403, 403, 403, 403],
    cell: async (fixture) => ({
      path: `${BASE}/versions/${await draftVersionId(fixture)}/renvoi`,
      body: { reason: 'Motif de la matrice' },
    }),
  },
  {
    method: 'GET',
    url: `${BASE}/comparaison/:de/:a`,
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => {
      const id = await draftVersionId(fixture)
      return { path: `${BASE}/comparaison/${id}/${id}` }
    },
  },
  {
    method: 'GET',
    url: `${BASE}/versions/:id/suivi`,
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `${BASE}/versions/${await draftVersionId(fixture)}/suivi` }),
  },
  {
    method: 'POST',
    url: `${BASE}/liens`,
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `${BASE}/liens`,
      body: {
        lineId: await newLineId(fixture),
        target: { kind: 'document', id: fixture.documents.private },
      },
    }),
  },
  {
    method: 'DELETE',
    url: `${BASE}/liens/:id`,
    expected: [401, 403, 403, 403, 403, 204],
    cell: async (fixture) => {
      const created = await asAdmin(fixture, 'POST', `${BASE}/liens`, {
        lineId: await newLineId(fixture),
        target: { kind: 'document', id: fixture.documents.private },
      })
      return { path: `${BASE}/liens/${field(created, 'link', 'id')}` }
    },
  },
  {
    method: 'GET',
    url: `${BASE}/cibles/:kind/:id`,
    // Lille's own document: a stranger to Lille is told it does not exist.
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: `${BASE}/cibles/document/${fixture.documents.private}` }),
  },
]
