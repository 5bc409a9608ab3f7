import { ACCOUNT_SESSION_ROUTES } from './accountSessionAuthorizationRows.ts'
import type { ApiClient, Credential } from './apiClient.ts'
import { ATELIER_ROUTES } from './atelierAuthorizationRows.ts'
import { ATELIER_WALL_ROUTES } from './atelierWallAuthorizationRows.ts'
import { ATELIER_POLL_ROUTES } from './atelierPollsAuthorizationRows.ts'
import { ATELIER_GROUP_ROUTES } from './atelierGroupsAuthorizationRows.ts'
import { ATELIER_TIMER_ROUTES } from './atelierTimerAuthorizationRows.ts'
import { AVIS_ROUTES } from './avisAuthorizationRows.ts'
import { LETTRE_ROUTES } from './lettreAuthorizationRows.ts'
import { COMMENT_ROUTES } from './commentAuthorizationRows.ts'
import { EXCHANGE_ROUTES } from './exchangeAuthorizationRows.ts'
import { EXPORT_ROUTES } from './exportAuthorizationRows.ts'
import { MAIL_ROUTES } from './mailAuthorizationRows.ts'
import { MEETING_ROUTES } from './meetingsAuthorizationRows.ts'
import { MATURITY_ROUTES } from './maturityAuthorizationRows.ts'
import { OIDC_ROUTES } from './oidcAuthorizationRows.ts'
import { BILAN_ROUTES } from './bilanAuthorizationRows.ts'
import { VERSION_ROUTES } from './versionAuthorizationRows.ts'
import { PILOTAGE_EVENT_ROUTES } from './pilotageAuthorizationRows.ts'
import { PILOTAGE_DASHBOARD_ROUTES } from './pilotageDashboardAuthorizationRows.ts'
import { PRIVACY_ROUTES } from './privacyAuthorizationRows.ts'
import { REVIEW_SETTINGS_ROUTES } from './reviewSettingsAuthorizationRows.ts'
import { SEARCH_ROUTES } from './searchAuthorizationRows.ts'
import { SPACE_AND_DOCUMENT_ROUTES } from './spaceAndDocumentAuthorizationRows.ts'
import { SURVEY_ROUTES } from './surveyAuthorizationRows.ts'
import type { SyncOutcome } from './syncAccess.ts'
import { TOOLBOX_ROUTES } from './toolboxAuthorizationRows.ts'
import { VEILLE_ROUTES } from './veilleAuthorizationRows.ts'
import { INSTANCE_ROUTES } from './instancesAuthorizationRows.ts'
import { DECISION_ROUTES } from './decisionsAuthorizationRows.ts'
import { PROGRAMME_ROUTES } from './programmeAuthorizationRows.ts'

// The expectation table of tests/integration/authorizationMatrix.test.ts: who may do what, on every
// route of the API and on the websocket. A route added to the server without a row here fails the
// matrix's first test: decide its access rule, then add the row.

/** The demo space of CLPE Lille, whose roles are the columns. */
export const LILLE = 'clpe-59004'

/** The columns of the matrix. "autreEspace" is a contributeur of CLPE Lens, a stranger to Lille. */
export const ROLES = [
  'anonyme',
  'lecteur',
  'contributeur',
  'animateur',
  'autreEspace',
  'admin',
] as const
/** A column of the matrix. */
export type Role = (typeof ROLES)[number]

/** One expected outcome per role, in the order of {@link ROLES}. */
export type PerRole<T> = readonly [T, T, T, T, T, T]

/** What the cells act on, made once before the matrix runs. */
export interface Fixture {
  readonly api: ApiClient
  /** The admin's session, which prepares what cells act on. */
  readonly admin: Credential
  /** The credential of each role (a browser session; null for anonyme). */
  readonly as: Readonly<Record<Role, Credential | null>>
  /** An account that is not a column (copil@): the target of membership changes. */
  readonly bystanderId: string
  /** A working group whose invitations the cells accept, so no column's Lille role changes. */
  readonly groupId: string
  /** An invitation link to CLPE Lille, left unused. */
  readonly invitationToken: string
  readonly documents: Readonly<Record<'private' | 'shared' | 'archived', string>>
}

/** One cell's request. */
export interface Cell {
  readonly path: string
  readonly body?: unknown
}

/** A row of the table for one API route: its expected status per role, and how to call it. */
export interface RouteRow {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The route as the server registers it. */
  readonly url: string
  /** HTTP status per role. */
  readonly expected: PerRole<number>
  /** Builds one role's request; may first create, as the admin, what the request acts on. */
  readonly cell: (fixture: Fixture, role: Role) => Cell | Promise<Cell>
  /** The request ends the role's session: the row runs after every other. */
  readonly endsSession?: boolean
  /** The answer is a stream of events (`text/event-stream`): its status is read, then it is closed. */
  readonly streams?: boolean
}

/** A row of the table for the websocket of one document (or of none). */
export interface SyncRow {
  readonly document: keyof Fixture['documents'] | 'missing'
  readonly expected: PerRole<SyncOutcome>
}

/** What a cell answered: an HTTP status, or for the websocket `read` or `write` once open. */
export type Outcome = SyncOutcome

/** What a person fills in to accept an invitation, without the email each cell picks. */
export const NEW_ACCOUNT = {
  name: 'Nouvelle personne',
  organisation: 'Association partenaire',
  password: 'un mot de passe solide',
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the API, with the status each role gets. */
export const ROUTES: readonly RouteRow[] = [
  // Sessions and profile.
  {
    method: 'POST',
    url: '/api/session',
    expected: [400, 400, 400, 400, 400, 400],
    // Empty fields: refused for what is sent, never for who sends it (and no password to hash).
    cell: () => ({ path: '/api/session', body: { email: '', password: '' } }),
  },
  {
    method: 'GET',
    url: '/api/session',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/session' }),
  },
  // Sign-in through the OpenID provider: tests/helpers/oidcAuthorizationRows.ts.
  ...OIDC_ROUTES,
  // Password change and « déconnecter partout »: tests/helpers/accountSessionAuthorizationRows.ts
  // (before the logout: its session-ending row must run while the sessions live).
  ...ACCOUNT_SESSION_ROUTES,
  // « Mes données » and the deletion of one's account: tests/helpers/privacyAuthorizationRows.ts.
  ...PRIVACY_ROUTES,
  {
    method: 'DELETE',
    url: '/api/session',
    expected: [204, 204, 204, 204, 204, 204],
    cell: () => ({ path: '/api/session' }),
    endsSession: true,
  },
  {
    method: 'PATCH',
    url: '/api/me',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/me', body: { organisation: 'Organisation mise à jour' } }),
  },
  {
    method: 'GET',
    url: '/api/setup',
    expected: [200, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/setup' }),
  },
  {
    method: 'POST',
    url: '/api/setup',
    expected: [409, 409, 409, 409, 409, 409],
    cell: () => ({ path: '/api/setup', body: { ...NEW_ACCOUNT, email: 'pirate@exemple.fr' } }),
  },
  // Spaces, invitations, documents, accueil, tokens and audit: spaceAndDocumentAuthorizationRows.ts.
  ...SPACE_AND_DOCUMENT_ROUTES,
  // The survey of the CLPE: tests/helpers/surveyAuthorizationRows.ts.
  ...SURVEY_ROUTES,
  // The search: tests/helpers/searchAuthorizationRows.ts.
  ...SEARCH_ROUTES,
  // The boîte à outils and the notifications: tests/helpers/toolboxAuthorizationRows.ts.
  ...TOOLBOX_ROUTES,
  // The échanges between CLPE and CoRE: tests/helpers/exchangeAuthorizationRows.ts.
  ...EXCHANGE_ROUTES,
  // The comments of documents: tests/helpers/commentAuthorizationRows.ts.
  ...COMMENT_ROUTES,
  // The ateliers and their calendar: tests/helpers/atelierAuthorizationRows.ts.
  ...ATELIER_ROUTES,
  // The wall of the live sessions: tests/helpers/atelierWallAuthorizationRows.ts.
  ...ATELIER_WALL_ROUTES,
  // Polls and word clouds of the live sessions: tests/helpers/atelierPollsAuthorizationRows.ts.
  ...ATELIER_POLL_ROUTES,
  // The timer, raised hands and reactions of the live sessions: atelierTimerAuthorizationRows.ts.
  ...ATELIER_TIMER_ROUTES,
  // Breakout groups of the live sessions: tests/helpers/atelierGroupsAuthorizationRows.ts.
  ...ATELIER_GROUP_ROUTES,
  // The measurements and live events of the pilotage: tests/helpers/pilotageAuthorizationRows.ts.
  ...PILOTAGE_EVENT_ROUTES,
  // The démarche de progression: tests/helpers/maturityAuthorizationRows.ts.
  ...MATURITY_ROUTES,
  // E-mail preferences and unsubscribe links: tests/helpers/mailAuthorizationRows.ts.
  ...MAIL_ROUTES,
  // The veille: tests/helpers/veilleAuthorizationRows.ts.
  ...VEILLE_ROUTES,
  // The governance's instances and mandates: tests/helpers/instancesAuthorizationRows.ts.
  ...INSTANCE_ROUTES,
  // The register of decisions and the governance's calendar: decisionsAuthorizationRows.ts.
  ...DECISION_ROUTES,
  // The programme d'accompagnement: tests/helpers/programmeAuthorizationRows.ts.
  ...PROGRAMME_ROUTES,
  // The séances of the governance instances: tests/helpers/meetingsAuthorizationRows.ts.
  ...MEETING_ROUTES,
  // The dashboards of the pilotage: tests/helpers/pilotageDashboardAuthorizationRows.ts.
  ...PILOTAGE_DASHBOARD_ROUTES,
  // The bilan for the bureau du CoRE: tests/helpers/bilanAuthorizationRows.ts.
  ...BILAN_ROUTES,
  // The version history of documents: tests/helpers/versionAuthorizationRows.ts.
  ...VERSION_ROUTES,
  // The review settings of spaces: tests/helpers/reviewSettingsAuthorizationRows.ts.
  ...REVIEW_SETTINGS_ROUTES,
  // The ODT, DOCX, PDF and Markdown exports: tests/helpers/exportAuthorizationRows.ts.
  ...EXPORT_ROUTES,
  // The adoption of avis: tests/helpers/avisAuthorizationRows.ts.
  ...AVIS_ROUTES,
  // The lettre d’information: tests/helpers/lettreAuthorizationRows.ts.
  ...LETTRE_ROUTES,
]

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The websocket of each kind of document, with the outcome each role gets. */
export const SYNC: readonly SyncRow[] = [
  { document: 'private', expected: [401, 'read', 'write', 'write', 403, 'write'] },
  { document: 'shared', expected: [401, 'read', 'write', 'write', 'read', 'write'] },
  { document: 'archived', expected: [401, 'read', 'read', 'read', 403, 'read'] },
  { document: 'missing', expected: [401, 404, 404, 404, 404, 404] },
]

/** Enough of a {@link Fixture} to act as the admin. */
export type AdminAccess = Pick<Fixture, 'api' | 'admin'>

/** Sends a request as the admin and resolves with its body; throws unless it succeeds. */
export async function asAdmin(
  fixture: AdminAccess,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fixture.api.request(method, path, { as: fixture.admin, body })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`)
  return response.body
}

/** Invites a lecteur to `spaceId` as the admin; resolves with the invitation's id and link token. */
export async function createInvitation(
  fixture: AdminAccess,
  spaceId: string,
): Promise<{ id: string; token: string }> {
  const created = await asAdmin(fixture, 'POST', `/api/spaces/${spaceId}/invitations`, {
    role: 'lecteur',
  })
  return { id: field(created, 'invitation', 'id'), token: field(created, 'token') }
}

/** The string at `path` in a JSON body; throws if there is none. */
export function field(body: unknown, ...path: string[]): string {
  let value = body
  for (const key of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined
  }
  if (typeof value !== 'string') throw new Error(`no string at ${path.join('.')}`)
  return value
}
