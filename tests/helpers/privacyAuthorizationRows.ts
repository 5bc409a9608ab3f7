import type { RouteRow } from './authorizationTable.ts'

// The rows of « Mes données » and of the deletion of one's account in the
// authorization matrix.

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** « Mes données » and the deletion of one's account, with the status each role gets. */
export const PRIVACY_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/me/donnees',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/me/donnees' }),
  },
  {
    method: 'GET',
    url: '/api/me/donnees.html',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/me/donnees.html' }),
  },
  {
    method: 'DELETE',
    url: '/api/me',
    // Everyone signed in may delete their own account; without the password of an account that
    // has one, nothing is deleted (400 on the field `password`), so the matrix's accounts live on.
    expected: [401, 400, 400, 400, 400, 400],
    cell: () => ({ path: '/api/me', body: { confirmation: 'SUPPRIMER' } }),
  },
]
