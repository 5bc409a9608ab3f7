import type { RouteRow } from './authorizationTable.ts'

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/**
 * The rows of the sign-in through the OpenID provider. The matrix's server has none configured:
 * the login page's options say so to everyone, and the flow's routes are not found. With a
 * provider, tests/integration/oidcLogin.test.ts covers them.
 */
export const OIDC_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/session/options',
    expected: [200, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/session/options' }),
  },
  {
    method: 'GET',
    url: '/api/oidc/connexion',
    expected: [404, 404, 404, 404, 404, 404],
    cell: () => ({ path: '/api/oidc/connexion' }),
  },
  {
    method: 'GET',
    url: '/api/oidc/retour',
    expected: [404, 404, 404, 404, 404, 404],
    cell: () => ({ path: '/api/oidc/retour' }),
  },
]
