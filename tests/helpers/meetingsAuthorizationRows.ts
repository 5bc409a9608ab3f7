import type { Fixture, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the séances of the governance in the authorization matrix, on the plénière of CLPE
// Lille (its managers: the admin and Lille's animateurs; its readers: Lille's members). A stranger
// (autreEspace) is told a séance does not exist (404), as is anyone who may not read it. A
// lecteur or contributeur of Lille reads the séance but neither convokes, opens, records
// attendance (but « excusé » for themselves, as a member) nor closes it.

const INSTANCE = 'clpe-59004-pleniere'
const SEANCES = '/api/gouvernance/seances'

let created = 0

/** The body of a new séance of Lille's plénière. */
function seanceBody(): Record<string, unknown> {
  created += 1
  return {
    instanceId: INSTANCE,
    title: `Séance de la matrice ${created}`,
    date: '2027-03-04',
    time: '10:00',
    durationMinutes: 90,
    place: 'Sous-préfecture de Lille',
    visioLink: 'https://visio.exemple.fr/matrice',
  }
}

/** A séance the admin created for one cell, in preparation. */
async function seance(fixture: Fixture): Promise<string> {
  return field(await asAdmin(fixture, 'POST', SEANCES, seanceBody()), 'id')
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the séances, with the status each role gets. */
export const MEETING_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: SEANCES,
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: SEANCES }),
  },
  {
    method: 'POST',
    url: SEANCES,
    expected: [401, 403, 403, 201, 403, 201],
    cell: () => ({ path: SEANCES, body: seanceBody() }),
  },
  {
    method: 'GET',
    url: `${SEANCES}/:meetingId`,
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: `${SEANCES}/${await seance(fixture)}` }),
  },
  {
    method: 'GET',
    url: `${SEANCES}/document/:documentId`,
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => {
      const meeting = await asAdmin(fixture, 'GET', `${SEANCES}/${await seance(fixture)}`)
      return { path: `${SEANCES}/document/${field(meeting, 'documentId')}` }
    },
  },
  {
    method: 'PATCH',
    url: `${SEANCES}/:meetingId`,
    expected: [401, 403, 403, 200, 404, 200],
    cell: async (fixture) => ({
      path: `${SEANCES}/${await seance(fixture)}`,
      body: { place: 'Mairie de Lille' },
    }),
  },
  {
    method: 'POST',
    url: `${SEANCES}/:meetingId/convocation`,
    expected: [401, 403, 403, 200, 404, 200],
    cell: async (fixture) => ({ path: `${SEANCES}/${await seance(fixture)}/convocation` }),
  },
  {
    method: 'POST',
    url: `${SEANCES}/:meetingId/ouverture`,
    expected: [401, 403, 403, 200, 404, 200],
    cell: async (fixture) => ({ path: `${SEANCES}/${await seance(fixture)}/ouverture` }),
  },
  {
    method: 'PUT',
    url: `${SEANCES}/:meetingId/presences`,
    // Nobody in the columns holds a mandate of the plénière: managers are told it is no member.
    expected: [401, 403, 403, 400, 404, 400],
    cell: async (fixture) => ({
      path: `${SEANCES}/${await seance(fixture)}/presences`,
      body: { memberId: 'mandat-inconnu', status: 'present' },
    }),
  },
  {
    method: 'POST',
    url: `${SEANCES}/:meetingId/cloture`,
    // A séance in preparation is not closed: managers are told to open it first.
    expected: [401, 403, 403, 409, 404, 409],
    cell: async (fixture) => ({ path: `${SEANCES}/${await seance(fixture)}/cloture` }),
  },
  {
    method: 'GET',
    url: `${SEANCES}/:meetingId/documents-joignables`,
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: `${SEANCES}/${await seance(fixture)}/documents-joignables` }),
  },
  {
    method: 'GET',
    url: `${SEANCES}/:meetingId/seance.ics`,
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: `${SEANCES}/${await seance(fixture)}/seance.ics` }),
  },
]
