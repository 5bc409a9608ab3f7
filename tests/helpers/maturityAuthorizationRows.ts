import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the démarche de progression (maturity self-assessment of the CLPE) in the
// authorization matrix. Kept apart so that the table stays one screen per concern.

const LILLE = 'clpe-59004'

type AdminAccess = Pick<Fixture, 'api' | 'admin'>

/** The day (`YYYY-MM-DD`, Europe/Paris) of `ms`. */
function parisDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(ms))
}

/** Opens, as the admin, a campaign from today for a week; resolves with its id. */
async function openCampaign(fixture: AdminAccess): Promise<string> {
  const response = await fixture.api.request<{ campaign: { id: string } }>(
    'POST',
    '/api/demarche-de-progression',
    {
      as: fixture.admin,
      body: {
        title: 'Campagne de la matrice',
        opensAt: parisDay(Date.now()),
        closesAt: parisDay(Date.now() + 7 * 24 * 60 * 60 * 1000),
      },
    },
  )
  if (response.status !== 201) throw new Error(`campaign not opened: ${response.status}`)
  return response.body.campaign.id
}

/** Starts Lille's self-assessment as its contributeur: only its editors start one. */
async function startLille(fixture: Fixture, campaignId: string): Promise<void> {
  const path = `/api/espaces/${LILLE}/demarche-de-progression/${campaignId}/document`
  const response = await fixture.api.request('POST', path, { as: fixture.as.contributeur })
  if (response.status !== 200) throw new Error(`Lille's assessment not started: ${response.status}`)
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
// The regional team is the admin here; Lille's animateur is a CLPE animateur. autreEspace is a
// member of CLPE Lens.
/** The routes of the démarche de progression, with the status each role gets. */
export const MATURITY_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/demarche-de-progression',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/demarche-de-progression' }),
  },
  {
    method: 'POST',
    url: '/api/demarche-de-progression',
    expected: [401, 403, 403, 403, 403, 201],
    cell: () => ({
      path: '/api/demarche-de-progression',
      body: {
        title: 'Démarche de progression 2027',
        opensAt: '2027-01-04',
        closesAt: '2027-02-26',
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/demarche-de-progression/:campaignId/cloture',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/demarche-de-progression/${await openCampaign(fixture)}/cloture`,
    }),
  },
  {
    // A CLPE's page: its members and the region; a member of Lens gets a 404.
    method: 'GET',
    url: '/api/espaces/:spaceId/demarche-de-progression',
    expected: [401, 200, 200, 200, 404, 200],
    cell: () => ({ path: `/api/espaces/${LILLE}/demarche-de-progression` }),
  },
  {
    // Not started yet: its contributeurs and animateurs start it; the others find none.
    method: 'POST',
    url: '/api/espaces/:spaceId/demarche-de-progression/:campaignId/document',
    expected: [401, 404, 200, 200, 404, 404],
    cell: async (fixture) => ({
      path: `/api/espaces/${LILLE}/demarche-de-progression/${await openCampaign(fixture)}/document`,
    }),
  },
  {
    // The CLPE's own word: its editors submit (an empty grid is incomplete), not its lecteurs
    // nor the region.
    method: 'POST',
    url: '/api/espaces/:spaceId/demarche-de-progression/:campaignId/soumission',
    expected: [401, 403, 422, 422, 404, 403],
    cell: async (fixture) => {
      const campaignId = await openCampaign(fixture)
      await startLille(fixture, campaignId)
      return { path: `/api/espaces/${LILLE}/demarche-de-progression/${campaignId}/soumission` }
    },
  },
]
