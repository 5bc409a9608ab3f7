import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the boîte à outils and the notifications (issue #7, items 2–4) in the authorization
// matrix. Kept apart so that the table stays one screen per concern; only types come from
// authorizationTable.ts. The admin is animateur of the espace régional and not a member of the
// comité de pilotage: it sees every proposal but may not decide.

const LILLE = 'clpe-59004'

type AdminAccess = Pick<Fixture, 'api' | 'admin'>

async function asAdmin(fixture: AdminAccess, method: string, path: string, body?: unknown) {
  const response = await fixture.api.request(method, path, { as: fixture.admin, body })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`)
  return response.body
}

/** The document id of the first tool of the catalogue (seeded on every new data directory). */
async function firstToolId(fixture: AdminAccess): Promise<string> {
  const body = (await asAdmin(fixture, 'GET', '/api/toolbox/tools')) as {
    tools: { documentId: string }[]
  }
  const id = body.tools[0]?.documentId
  if (id === undefined) throw new Error('the catalogue is empty')
  return id
}

/** A proposal of the admin, which only the admin (and the comité de pilotage) sees. */
async function adminProposalId(fixture: AdminAccess): Promise<string> {
  const body = (await asAdmin(fixture, 'POST', '/api/toolbox/proposals', PROPOSAL)) as {
    proposal: { id: string }
  }
  return body.proposal.id
}

/** A valid proposal of a new tool. */
export const PROPOSAL = {
  title: 'Carte des freins à la mobilité',
  description: 'Une carte des freins à la mobilité par commune, pour orienter les actions.',
  consideredTools: [
    {
      documentId: null,
      name: 'DORA',
      whyNotAdaptable: 'DORA recense des services, pas les freins observés sur le territoire.',
    },
  ],
}

const USAGE = { spaceId: LILLE, used: true, usefulness: 4, ease: 3, comment: 'Utile.' }

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the boîte à outils and of the notifications, with the status each role gets. */
export const TOOLBOX_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/toolbox/tools',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/toolbox/tools' }),
  },
  {
    method: 'PUT',
    url: '/api/toolbox/tools/:documentId/usage',
    // Only the editors of CLPE Lille speak for it; the admin is not a member of Lille.
    expected: [401, 403, 200, 200, 403, 403],
    cell: async (fixture) => ({
      path: `/api/toolbox/tools/${await firstToolId(fixture)}/usage`,
      body: USAGE,
    }),
  },
  {
    method: 'DELETE',
    url: '/api/toolbox/tools/:documentId/usage',
    expected: [401, 403, 204, 204, 403, 403],
    cell: async (fixture) => ({
      path: `/api/toolbox/tools/${await firstToolId(fixture)}/usage`,
      body: { spaceId: LILLE },
    }),
  },
  {
    method: 'GET',
    url: '/api/toolbox/usage',
    // Without ?spaceId=, every CLPE's usage: the regional team only.
    expected: [401, 403, 403, 403, 403, 200],
    cell: () => ({ path: '/api/toolbox/usage' }),
  },
  {
    method: 'POST',
    url: '/api/toolbox/proposals',
    expected: [401, 201, 201, 201, 201, 201],
    cell: () => ({ path: '/api/toolbox/proposals', body: PROPOSAL }),
  },
  {
    method: 'GET',
    url: '/api/toolbox/proposals',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/toolbox/proposals' }),
  },
  {
    method: 'GET',
    url: '/api/toolbox/proposals/:proposalId',
    expected: [401, 404, 404, 404, 404, 200],
    cell: async (fixture) => ({ path: `/api/toolbox/proposals/${await adminProposalId(fixture)}` }),
  },
  {
    method: 'POST',
    url: '/api/toolbox/proposals/:proposalId/transition',
    // Nobody here is in the comité de pilotage: the admin sees the proposal but may not decide.
    expected: [401, 404, 404, 404, 404, 403],
    cell: async (fixture) => ({
      path: `/api/toolbox/proposals/${await adminProposalId(fixture)}/transition`,
      body: { to: 'en-examen' },
    }),
  },
  {
    method: 'GET',
    url: '/api/notifications',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/notifications' }),
  },
  {
    method: 'POST',
    url: '/api/notifications/lues',
    // « Tout marquer comme lu »: everyone signed in marks their own (tests/integration/notifications.test.ts).
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/notifications/lues' }),
  },
  {
    method: 'POST',
    url: '/api/notifications/:notificationId/read',
    // Someone else's notification answers like a missing one.
    expected: [401, 404, 404, 404, 404, 404],
    cell: () => ({ path: '/api/notifications/notification-inconnue/read' }),
  },
]
