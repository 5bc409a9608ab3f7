import type { RouteRow } from './authorizationTable.ts'

// The rows of the dashboards of the pilotage in the authorization matrix: every
// signed-in person reads a CLPE's dashboard (those outside it see only what it shared with all);
// the regional view is for the region: the admin here, none of CLPE Lille's members nor Lens'.

const LILLE = 'clpe-59004'

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the pilotage's dashboards, with the status each role gets. */
export const PILOTAGE_DASHBOARD_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/espaces/:spaceId/pilotage',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: `/api/espaces/${LILLE}/pilotage` }),
  },
  {
    method: 'GET',
    url: '/api/pilotage/region',
    expected: [401, 403, 403, 403, 403, 200],
    cell: () => ({ path: '/api/pilotage/region' }),
  },
]
