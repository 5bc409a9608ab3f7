import type { RouteRow } from './authorizationTable.ts'

// The rows of e-mail preferences and unsubscribe links in the authorization
// matrix. Preferences are each signed-in person's own; an unsubscribe link needs no session (its
// signed token is the credential, tested in tests/integration/mail.test.ts), so a forged one is a
// 404 for everyone.

const FORGED = 'eyJhIjoibGlsbGVAZGVtby5tYWlsbGFnZS5mciIsImsiOlsibWVudGlvbiJdfQ.Zm9yZ2Vk'

/** The routes of e-mail preferences and unsubscription. */
export const MAIL_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/me/preferences-mail',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/me/preferences-mail' }),
  },
  {
    method: 'PUT',
    url: '/api/me/preferences-mail',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({
      path: '/api/me/preferences-mail',
      body: { preferences: { 'nous-aussi': 'immediat' } },
    }),
  },
  {
    method: 'GET',
    url: '/api/desabonnement/:token',
    expected: [404, 404, 404, 404, 404, 404],
    cell: () => ({ path: `/api/desabonnement/${FORGED}` }),
  },
  {
    method: 'POST',
    url: '/api/desabonnement/:token',
    expected: [404, 404, 404, 404, 404, 404],
    cell: () => ({ path: `/api/desabonnement/${FORGED}` }),
  },
]
