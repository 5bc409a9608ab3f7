import type { RouteRow } from './authorizationTable.ts'

// The row of the bilan for the bureau du CoRE in the authorization matrix: only the
// regional team drafts it (the admin here); members of a CLPE, whatever their role, are refused.

const CURRENT_YEAR = new Date().getUTCFullYear()

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The route of the bilan, with the status each role gets. */
export const BILAN_ROUTES: readonly RouteRow[] = [
  {
    method: 'POST',
    url: '/api/pilotage/bilans',
    expected: [401, 403, 403, 403, 403, 201],
    cell: () => ({
      path: '/api/pilotage/bilans',
      body: { periodStart: `${CURRENT_YEAR}-01-01`, periodEnd: `${CURRENT_YEAR}-06-30` },
    }),
  },
]
