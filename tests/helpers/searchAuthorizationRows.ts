import type { RouteRow } from './authorizationTable.ts'

// The row of the search in the authorization matrix: every signed-in person searches, among what
// they may read (tests/integration/searchAccess.test.ts checks what each one finds). The matrix
// calls the route's own path, without a query: past the sign-in check, 400 for the missing query.

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The route of the search, with the status each role gets. */
export const SEARCH_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/recherche',
    expected: [401, 400, 400, 400, 400, 400],
    cell: () => ({ path: '/api/recherche' }),
  },
]
