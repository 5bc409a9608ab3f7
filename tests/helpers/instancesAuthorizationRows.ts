import type { Fixture, Role, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the governance's instances in the authorization matrix: every member reads the
// regional instances and the list; a CLPE's plénière and bureau are its members' and the admins'
// (a stranger gets 404); members are added and mandates ended by the animateurs of the
// instance's space and admins; a CLPE's profile is set by admins only.

const BUREAU = 'clpe-59004-bureau'
const PLENIERE = 'clpe-59004-pleniere'

let added = 0

/** A new member's body, named after the role that adds it. */
function memberBody(role: Role): Record<string, unknown> {
  added += 1
  return {
    name: `Membre de la matrice ${added} (${role})`,
    college: 'autres',
    body: 'Association partenaire',
    startsOn: '2026-01-01',
  }
}

/** A mandate the admin added to the bureau of CLPE Lille, for one role to end. */
async function runningMandate(fixture: Fixture, role: Role): Promise<string> {
  const body = await asAdmin(
    fixture,
    'POST',
    `/api/gouvernance/instances/${BUREAU}/membres`,
    memberBody(role),
  )
  return field(body, 'mandate', 'id')
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the instances, with the status each role gets. */
export const INSTANCE_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/gouvernance/instances',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/instances' }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/instances/:id',
    expected: [401, 200, 200, 200, 404, 200],
    cell: () => ({ path: `/api/gouvernance/instances/${PLENIERE}` }),
  },
  {
    method: 'POST',
    url: '/api/gouvernance/instances/:id/membres',
    expected: [401, 403, 403, 201, 404, 201],
    cell: (_fixture, role) => ({
      path: `/api/gouvernance/instances/${BUREAU}/membres`,
      body: memberBody(role),
    }),
  },
  {
    method: 'POST',
    url: '/api/gouvernance/instances/:id/membres/:mandateId/fin',
    expected: [401, 403, 403, 200, 404, 200],
    cell: async (fixture, role) => ({
      path: `/api/gouvernance/instances/${BUREAU}/membres/${await runningMandate(fixture, role)}/fin`,
      body: { endsOn: '2026-12-31' },
    }),
  },
  {
    method: 'PUT',
    url: '/api/gouvernance/instances/:id/profil-clpe',
    expected: [401, 403, 403, 403, 404, 200],
    cell: () => ({
      path: `/api/gouvernance/instances/${PLENIERE}/profil-clpe`,
      body: { profile: 'urbain' },
    }),
  },
]
