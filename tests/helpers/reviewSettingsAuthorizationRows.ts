import type { Fixture, RouteRow } from './authorizationTable.ts'

/** The demo space of CLPE Lille (`LILLE` of the table, not imported: the table imports this file). */
const LILLE = 'clpe-59004'

// The rows of the review settings of CLPE Lille in the authorization matrix. The cells write the
// values the space and its contributeur already have (lecteurs comment, the editor opens in
// edition), so no other row sees a change.

/** The account id of CLPE Lille's contributeur column, the target of the default-mode cell. */
async function contributeurId(fixture: Fixture): Promise<string> {
  const response = await fixture.api.request<{ members: { accountId: string; role: string }[] }>(
    'GET',
    `/api/spaces/${LILLE}/members`,
    { as: fixture.admin },
  )
  const contributeur = response.body.members.find((member) => member.role === 'contributeur')
  if (contributeur === undefined) throw new Error('CLPE Lille has no contributeur')
  return contributeur.accountId
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the review settings, with the status each role gets. */
export const REVIEW_SETTINGS_ROUTES: readonly RouteRow[] = [
  {
    method: 'PUT',
    url: '/api/espaces/:spaceId/relecture',
    expected: [401, 403, 403, 200, 403, 200],
    cell: () => ({ path: `/api/espaces/${LILLE}/relecture`, body: { lecteurs: 'commentaire' } }),
  },
  {
    method: 'PUT',
    url: '/api/espaces/:spaceId/membres/:accountId/mode',
    expected: [401, 403, 200, 200, 403, 200],
    cell: async (fixture) => ({
      path: `/api/espaces/${LILLE}/membres/${await contributeurId(fixture)}/mode`,
      body: { modeParDefaut: 'edition' },
    }),
  },
]
