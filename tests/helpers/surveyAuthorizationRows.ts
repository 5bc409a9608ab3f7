import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the survey of the CLPE (issue #7, item 5) in the authorization matrix. Kept apart
// so that the table stays one screen per concern; only types come from authorizationTable.ts.

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const DAY_MS = 24 * 60 * 60 * 1000

type AdminAccess = Pick<Fixture, 'api' | 'admin'>

async function asAdmin(fixture: AdminAccess, method: string, path: string, body?: unknown) {
  const response = await fixture.api.request<{ survey: { id: string } }>(method, path, {
    as: fixture.admin,
    body,
  })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`)
  return response.body
}

/** Starts Lille's answer as its contributeur: only those who may answer start one. */
async function startLilleAnswer(fixture: Fixture, surveyId: string): Promise<void> {
  const response = await fixture.api.request('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, {
    as: fixture.as.contributeur,
  })
  if (response.status !== 200) throw new Error(`Lille's answer not started: ${response.status}`)
}

/** Creates, as the admin, a survey in brouillon targeting `targets`; resolves with its id. */
export async function createDraftSurvey(
  fixture: AdminAccess,
  targets: readonly string[] = [LILLE, LENS],
): Promise<string> {
  const created = await asAdmin(fixture, 'POST', '/api/surveys', {
    title: 'Enquête de la matrice',
    questions: [{ kind: 'likert', label: 'Utilité des outils' }],
    targetSpaceIds: targets,
  })
  return created.survey.id
}

/** Creates and opens (for 30 days from yesterday) a survey targeting `targets`. */
export async function createOpenSurvey(
  fixture: AdminAccess,
  targets: readonly string[] = [LILLE, LENS],
): Promise<string> {
  const id = await createDraftSurvey(fixture, targets)
  await asAdmin(fixture, 'POST', `/api/surveys/${id}/open`, {
    opensAt: new Date(Date.now() - DAY_MS).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
  })
  return id
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
// The regional team is the admin here (no column is an animateur of the espace régional); Lille's
// animateur is a CLPE animateur, not part of it. autreEspace is a member of CLPE Lens.
/** The survey routes, with the status each role gets. */
export const SURVEY_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/surveys',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/surveys' }),
  },
  {
    method: 'POST',
    url: '/api/surveys',
    expected: [401, 403, 403, 403, 403, 201],
    cell: () => ({ path: '/api/surveys', body: { title: 'Enquête 2026' } }),
  },
  {
    // Opened for Lille only: a member of Lens is not asked, and does not see it.
    method: 'GET',
    url: '/api/surveys/:surveyId',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: `/api/surveys/${await createOpenSurvey(fixture, [LILLE])}` }),
  },
  {
    // A brouillon is seen by the regional team only.
    method: 'PATCH',
    url: '/api/surveys/:surveyId',
    expected: [401, 404, 404, 404, 404, 200],
    cell: async (fixture) => ({
      path: `/api/surveys/${await createDraftSurvey(fixture)}`,
      body: { introduction: 'Merci de répondre avant la fin du mois.' },
    }),
  },
  {
    method: 'POST',
    url: '/api/surveys/:surveyId/open',
    expected: [401, 404, 404, 404, 404, 200],
    cell: async (fixture) => ({
      path: `/api/surveys/${await createDraftSurvey(fixture)}/open`,
      body: {
        opensAt: new Date(Date.now() - DAY_MS).toISOString(),
        closesAt: new Date(Date.now() + DAY_MS).toISOString(),
      },
    }),
  },
  {
    // Lille's answer, once a contributeur started it: its members and the regional team; Lens,
    // though asked too, gets a 404.
    method: 'GET',
    url: '/api/surveys/:surveyId/answers/:spaceId',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => {
      const id = await createOpenSurvey(fixture)
      await startLilleAnswer(fixture, id)
      return { path: `/api/surveys/${id}/answers/${LILLE}` }
    },
  },
  {
    // The CLPE's own word: its contributeurs and animateurs submit, not its lecteurs nor admins.
    method: 'POST',
    url: '/api/surveys/:surveyId/answers/:spaceId/submit',
    expected: [401, 403, 200, 200, 404, 403],
    cell: async (fixture) => {
      const id = await createOpenSurvey(fixture)
      await startLilleAnswer(fixture, id)
      return { path: `/api/surveys/${id}/answers/${LILLE}/submit` }
    },
  },
  {
    // Taking a sent answer back to change it: the same people as sending it.
    method: 'POST',
    url: '/api/surveys/:surveyId/answers/:spaceId/reopen',
    expected: [401, 403, 200, 200, 404, 403],
    cell: async (fixture) => {
      const id = await createOpenSurvey(fixture)
      await startLilleAnswer(fixture, id)
      return { path: `/api/surveys/${id}/answers/${LILLE}/reopen` }
    },
  },
  {
    method: 'GET',
    url: '/api/surveys/:surveyId/results',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({ path: `/api/surveys/${await createOpenSurvey(fixture)}/results` }),
  },
  {
    method: 'GET',
    url: '/api/surveys/:surveyId/results.csv',
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/surveys/${await createOpenSurvey(fixture)}/results.csv`,
    }),
  },
]
