import type { Credential } from './apiClient.ts'
import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the échanges between CLPE and CoRE (issue #8, items 1–2) in the authorization
// matrix. Kept apart so that the table stays one screen per concern; only types come from
// authorizationTable.ts. Every signed-in member reads; lecteurs never write; « nous aussi » is the
// word of a CLPE's own editors (the admin is not a member of CLPE Lille).

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'

/** A message as the composer sends it. */
export function messageContent(text: string): object {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

/** A question to the CoRE, raised by nobody's CLPE, so that every editor may open it. */
const QUESTION = {
  type: 'question',
  title: 'Quel financement pour le permis des jeunes en insertion ?',
  themes: ['mobilite'],
  territorySpaceIds: [LILLE],
  content: messageContent('Quels dispositifs régionaux financent le permis B ?'),
}

/** A remontée of CLPE Lens, which other CLPE may say « nous aussi » to. */
const REMONTEE = {
  type: 'remontee',
  title: 'Pas de transport pour les horaires décalés',
  themes: ['mobilite'],
  territorySpaceIds: [LENS],
  originSpaceId: LENS,
  content: messageContent('Les prises de poste à 5 h sont hors de toute desserte.'),
}

async function send(
  fixture: Fixture,
  as: Credential | null,
  request: { method: string; path: string; body?: unknown },
): Promise<unknown> {
  const response = await fixture.api.request(request.method, request.path, {
    as,
    body: request.body,
  })
  if (response.status >= 300) {
    throw new Error(`${request.method} ${request.path}: ${response.status} ${response.text}`)
  }
  return response.body
}

async function threadId(fixture: Fixture, as: Credential | null, body: object): Promise<string> {
  const created = await send(fixture, as, { method: 'POST', path: '/api/echanges', body })
  return (created as { id: string }).id
}

/** A question the admin opened. */
const adminQuestion = (fixture: Fixture) => threadId(fixture, fixture.admin, QUESTION)

/** A remontée of Lens (opened by its contributeur, the column autreEspace). */
const lensRemontee = (fixture: Fixture) => threadId(fixture, fixture.as.autreEspace, REMONTEE)

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the échanges, with the status each role gets. */
export const EXCHANGE_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/echanges',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/echanges' }),
  },
  {
    method: 'POST',
    url: '/api/echanges',
    // Lecteurs follow the échanges without writing.
    expected: [401, 403, 201, 201, 201, 201],
    cell: () => ({ path: '/api/echanges', body: QUESTION }),
  },
  {
    method: 'GET',
    url: '/api/echanges/synergies',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/echanges/synergies' }),
  },
  {
    method: 'GET',
    url: '/api/echanges/:id',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({ path: `/api/echanges/${await adminQuestion(fixture)}` }),
  },
  {
    method: 'PATCH',
    url: '/api/echanges/:id',
    // The author (here the admin), the CoRE and the espace régional move the status; no column
    // but the admin is either.
    expected: [401, 403, 403, 403, 403, 200],
    cell: async (fixture) => ({
      path: `/api/echanges/${await adminQuestion(fixture)}`,
      body: { status: 'pris-en-charge' },
    }),
  },
  {
    method: 'POST',
    url: '/api/echanges/:id/messages',
    expected: [401, 403, 201, 201, 201, 201],
    cell: async (fixture) => ({
      path: `/api/echanges/${await adminQuestion(fixture)}/messages`,
      body: { content: messageContent('Le Département finance une aide au permis.') },
    }),
  },
  {
    method: 'POST',
    url: '/api/echanges/:id/nous-aussi',
    // For CLPE Lille: its editors only, not Lens nor the admin who are not its members.
    expected: [401, 403, 200, 200, 403, 403],
    cell: async (fixture) => ({
      path: `/api/echanges/${await lensRemontee(fixture)}/nous-aussi`,
      body: { spaceId: LILLE },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/echanges/:id/nous-aussi/:spaceId',
    expected: [401, 403, 200, 200, 403, 403],
    cell: async (fixture) => {
      const id = await lensRemontee(fixture)
      await send(fixture, fixture.as.contributeur, {
        method: 'POST',
        path: `/api/echanges/${id}/nous-aussi`,
        body: { spaceId: LILLE },
      })
      return { path: `/api/echanges/${id}/nous-aussi/${LILLE}` }
    },
  },
  {
    method: 'GET',
    url: '/api/echanges/:id/mentions',
    expected: [401, 200, 200, 200, 200, 200],
    cell: async (fixture) => ({
      path: `/api/echanges/${await adminQuestion(fixture)}/mentions`,
    }),
  },
]
