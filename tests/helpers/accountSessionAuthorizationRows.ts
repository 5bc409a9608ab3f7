import type { RouteRow } from './authorizationTable.ts'

// The rows of the routes that end sessions everywhere in the authorization matrix.
// Listed before `DELETE /api/session` in the table: « déconnecter partout » ends the role's
// sessions, so it must run while they are live (rows that end sessions run last, in table order).

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Password change and « déconnecter partout », with the status each role gets. */
export const ACCOUNT_SESSION_ROUTES: readonly RouteRow[] = [
  {
    method: 'PUT',
    url: '/api/me/mot-de-passe',
    // Everyone signed in may change their own password; a wrong current one changes nothing (400
    // on the field `current`), so the matrix's sessions live on.
    expected: [401, 400, 400, 400, 400, 400],
    cell: () => ({
      path: '/api/me/mot-de-passe',
      body: { current: 'pas le bon mot de passe', next: 'un nouveau mot de passe solide' },
    }),
  },
  {
    method: 'POST',
    url: '/api/comptes/:accountId/deconnexion',
    // The regional team only; the bystander (copil@) is no column, so no role is signed out.
    expected: [401, 403, 403, 403, 403, 204],
    cell: (fixture) => ({ path: `/api/comptes/${fixture.bystanderId}/deconnexion` }),
  },
  {
    method: 'POST',
    url: '/api/me/deconnexion-partout',
    expected: [401, 204, 204, 204, 204, 204],
    cell: () => ({ path: '/api/me/deconnexion-partout' }),
    endsSession: true,
  },
]
