import type { Fixture, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the register of decisions and of the governance's calendar in the authorization
// matrix, on the bureau du CoRE: a regional instance's decisions are read by every member; adding
// one and following one up are for the instance's managers (the admin, animateur of the CoRE; no
// column of Lille) or the decision's owner. A CLPE instance's decisions, read by its members only,
// are checked in tests/integration/decisionsRegister.test.ts. The calendar is every member's;
// its feed answers whoever holds the token of the address.

/** The bureau du CoRE, a regional instance of the CoRE's space (the admin animates it). */
const BUREAU_CORE = 'bureau-core'

/** A decision of the bureau du CoRE, typed in by the admin. */
function decisionBody(): Record<string, unknown> {
  return {
    instanceId: BUREAU_CORE,
    decidedOn: '2027-03-17',
    text: 'Organiser un forum de l’emploi saisonnier avec les partenaires du territoire.',
  }
}

async function coreDecision(fixture: Fixture): Promise<string> {
  return field(
    await asAdmin(fixture, 'POST', '/api/gouvernance/decisions', decisionBody()),
    'decision',
    'id',
  )
}

/** The token of a new governance calendar subscription of the admin. */
async function adminFeedToken(fixture: Fixture): Promise<string> {
  const created = await asAdmin(fixture, 'POST', '/api/gouvernance/calendrier/abonnement')
  const url = field(created, 'url')
  const token = /\/abonnement\/([^/]+)\.ics$/.exec(url)?.[1]
  if (token === undefined) throw new Error(`unexpected feed address ${url}`)
  return token
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the register of decisions and the calendar, with the status each role gets. */
export const DECISION_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/gouvernance/decisions',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/decisions' }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/decisions.csv',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/decisions.csv' }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/decisions/a-propos/:kind/:id',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/decisions/a-propos/outil/inconnu' }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/decisions/:decisionId',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({
      path: `/api/gouvernance/decisions/${await coreDecision(fixture)}`,
    }),
  },
  {
    method: 'POST',
    url: '/api/gouvernance/decisions',
    expected: [401, 403, 403, 403, 403, 201],
    cell: () => ({ path: '/api/gouvernance/decisions', body: decisionBody() }),
  },
  {
    method: 'POST',
    url: '/api/gouvernance/decisions/:decisionId/suivi',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/gouvernance/decisions/${await coreDecision(fixture)}/suivi`,
      body: { status: 'en-cours', note: 'Salle réservée.' },
    }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/calendrier',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/calendrier' }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/calendrier.ics',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/calendrier.ics' }),
  },
  {
    method: 'GET',
    url: '/api/gouvernance/calendrier/abonnement',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/gouvernance/calendrier/abonnement' }),
  },
  {
    method: 'POST',
    url: '/api/gouvernance/calendrier/abonnement',
    expected: [401, 201, 201, 201, 201, 201],
    cell: () => ({ path: '/api/gouvernance/calendrier/abonnement' }),
  },
  {
    method: 'DELETE',
    url: '/api/gouvernance/calendrier/abonnement',
    expected: [401, 204, 204, 204, 204, 204],
    cell: () => ({ path: '/api/gouvernance/calendrier/abonnement' }),
  },
  {
    // Calendar applications send no cookie: the token in the address is the only credential.
    method: 'GET',
    url: '/api/gouvernance/calendrier/abonnement/:token.ics',
    expected: [200, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({
      path: `/api/gouvernance/calendrier/abonnement/${await adminFeedToken(fixture)}.ics`,
    }),
  },
]
