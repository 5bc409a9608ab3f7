import type { RouteRow } from './authorizationTable.ts'

// The rows of the measurements and live events of the pilotage in the authorization
// matrix. Kept apart so that the table stays one screen per concern; only types come from
// authorizationTable.ts.

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The measurement and pilotage event routes, with the status each role gets. */
export const PILOTAGE_EVENT_ROUTES: readonly RouteRow[] = [
  {
    method: 'POST',
    url: '/api/documents/:documentId/indicateurs/:indicatorId/mesures',
    // Lille's private diagnostic has no such indicator: whoever may write it is told so (404
    // INDICATOR_NOT_FOUND, nothing written); its lecteur is refused (403); a stranger is told the
    // document does not exist (404), as for every document route.
    expected: [401, 403, 404, 404, 404, 404],
    cell: (fixture) => ({
      path: `/api/documents/${fixture.documents.private}/indicateurs/indicateur-absent/mesures`,
      body: { date: '2026-01-15', valeur: 1 },
    }),
  },
  {
    method: 'GET',
    url: '/api/pilotage/evenements',
    // Every signed-in person follows the events they may see (filtered per event).
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/pilotage/evenements' }),
    streams: true,
  },
]
