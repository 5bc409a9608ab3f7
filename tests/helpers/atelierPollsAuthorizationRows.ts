import type { Fixture, Role, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'
import { atelierBody } from './atelierAuthorizationRows.ts'

// The rows of the polls and word clouds of the ateliers' live sessions
// in the authorization matrix. The atelier is of the espace régional, shared with all territories:
// only its facilitators (here the admin) prepare, run and read the live results; the people holding
// a seat answer — every signed-in column registers first, so each gets its seat and answers.

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
const FACILITATORS = [401, 403, 403, 403, 403, 200] as const
const SEAT_HOLDERS = [401, 200, 200, 200, 200, 200] as const

/** Polls and clouds made in one atelier before the next: at most 30 polls and 10 clouds there. */
const ITEMS_PER_ATELIER = 9

const ateliers = new WeakMap<Fixture, { id: Promise<string>; items: number }>()

/** The matrix's current atelier, a new one every {@link ITEMS_PER_ATELIER} polls or clouds. */
function atelierOf(fixture: Fixture): Promise<string> {
  let current = ateliers.get(fixture)
  if (current === undefined || current.items >= ITEMS_PER_ATELIER) {
    const id = asAdmin(
      fixture,
      'POST',
      '/api/ateliers',
      atelierBody({ title: 'Atelier des sondages' }),
    ).then((created) => field(created, 'id'))
    current = { id, items: 0 }
    ateliers.set(fixture, current)
  }
  current.items += 1
  return current.id
}

/** Gives the role a seat in the atelier (the admin facilitates it already). */
async function seat(fixture: Fixture, role: Role, atelierId: string): Promise<void> {
  const credential = fixture.as[role]
  if (credential === null || role === 'admin') return
  await fixture.api.request('POST', `/api/ateliers/${atelierId}/inscription`, { as: credential })
}

/** A poll of the atelier, prepared (and launched when `launched`) by the admin. */
async function poll(
  fixture: Fixture,
  launched: boolean,
): Promise<{ atelierId: string; base: string; id: string }> {
  const atelierId = await atelierOf(fixture)
  const base = `/api/ateliers/${atelierId}/sondages`
  const created = await asAdmin(fixture, 'POST', base, {
    kind: 'single',
    question: 'Question de la matrice',
    options: [{ label: 'Oui' }, { label: 'Non' }],
    anonymous: true,
  })
  const id = field(created, 'id')
  if (launched) await asAdmin(fixture, 'POST', `${base}/${id}/etat`, { action: 'lancer' })
  return { atelierId, base, id }
}

/** An open word cloud of the atelier, in which the admin sent one word. */
async function cloud(fixture: Fixture): Promise<{ atelierId: string; base: string; id: string }> {
  const atelierId = await atelierOf(fixture)
  const base = `/api/ateliers/${atelierId}/nuages`
  const id = field(await asAdmin(fixture, 'POST', base, { prompt: 'Un mot ?' }), 'id')
  await asAdmin(fixture, 'PUT', `${base}/${id}/mots`, { words: ['matrice'] })
  return { atelierId, base, id }
}

/** The routes of the polls and word clouds, with the status each role gets. */
export const ATELIER_POLL_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/sondages',
    expected: FACILITATORS,
    cell: async (fixture) => ({ path: `/api/ateliers/${await atelierOf(fixture)}/sondages` }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/sondages',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await atelierOf(fixture)}/sondages`,
      body: { kind: 'scale', question: 'Votre niveau ?', anonymous: true },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/ateliers/:atelierId/sondages/:pollId',
    expected: FACILITATORS,
    cell: async (fixture) => {
      const { base, id } = await poll(fixture, false)
      return { path: `${base}/${id}`, body: { question: 'Question revue' } }
    },
  },
  {
    method: 'DELETE',
    url: '/api/ateliers/:atelierId/sondages/:pollId',
    expected: [401, 403, 403, 403, 403, 204],
    cell: async (fixture) => {
      const { base, id } = await poll(fixture, false)
      return { path: `${base}/${id}` }
    },
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/sondages/:pollId/etat',
    expected: FACILITATORS,
    cell: async (fixture) => {
      const { base, id } = await poll(fixture, false)
      return { path: `${base}/${id}/etat`, body: { action: 'lancer' } }
    },
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/sondages/:pollId/resultats',
    expected: FACILITATORS,
    cell: async (fixture) => {
      const { base, id } = await poll(fixture, true)
      return { path: `${base}/${id}/resultats` }
    },
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/sondages/:pollId/reponse',
    expected: SEAT_HOLDERS,
    cell: async (fixture, role) => {
      const { atelierId, base, id } = await poll(fixture, true)
      await seat(fixture, role, atelierId)
      return { path: `${base}/${id}/reponse` }
    },
  },
  {
    method: 'PUT',
    url: '/api/ateliers/:atelierId/sondages/:pollId/reponse',
    expected: SEAT_HOLDERS,
    cell: async (fixture, role) => {
      const { atelierId, base, id } = await poll(fixture, true)
      await seat(fixture, role, atelierId)
      return { path: `${base}/${id}/reponse`, body: { choices: ['o1'] } }
    },
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/nuages',
    expected: [401, 403, 403, 403, 403, 201],
    cell: async (fixture) => ({
      path: `/api/ateliers/${await atelierOf(fixture)}/nuages`,
      body: { prompt: 'Votre mot ?' },
    }),
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/nuages/:cloudId/etat',
    expected: FACILITATORS,
    cell: async (fixture) => {
      const { base, id } = await cloud(fixture)
      return { path: `${base}/${id}/etat`, body: { action: 'cloturer' } }
    },
  },
  {
    method: 'DELETE',
    url: '/api/ateliers/:atelierId/nuages/:cloudId',
    expected: [401, 403, 403, 403, 403, 204],
    cell: async (fixture) => {
      const { base, id } = await cloud(fixture)
      return { path: `${base}/${id}` }
    },
  },
  {
    method: 'POST',
    url: '/api/ateliers/:atelierId/nuages/:cloudId/moderation',
    expected: FACILITATORS,
    cell: async (fixture) => {
      const { base, id } = await cloud(fixture)
      return { path: `${base}/${id}/moderation`, body: { action: 'masquer', word: 'matrice' } }
    },
  },
  {
    method: 'GET',
    url: '/api/ateliers/:atelierId/nuages/:cloudId/mots',
    expected: SEAT_HOLDERS,
    cell: async (fixture, role) => {
      const { atelierId, base, id } = await cloud(fixture)
      await seat(fixture, role, atelierId)
      return { path: `${base}/${id}/mots` }
    },
  },
  {
    method: 'PUT',
    url: '/api/ateliers/:atelierId/nuages/:cloudId/mots',
    expected: SEAT_HOLDERS,
    cell: async (fixture, role) => {
      const { atelierId, base, id } = await cloud(fixture)
      await seat(fixture, role, atelierId)
      return { path: `${base}/${id}/mots`, body: { words: ['mobilité'] } }
    },
  },
]
