import type * as oidc from 'openid-client'
import type { Logger } from 'pino'
import type { SignInService } from '../../accounts/SignInService.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { Timers } from '../../time/Timers.ts'
import type { OpenedSession } from '../SessionManager.ts'
import type { Credentials } from '../resolveCredentials.ts'
import type { OidcAccounts } from './OidcAccounts.ts'
import { unavailable, type OidcDiscovery } from './OidcDiscovery.ts'
import { identityOf } from './oidcIdentity.ts'
import { OIDC_CALLBACK_PATH, OIDC_POST_LOGOUT_PATH, OIDC_SCOPES } from './OidcSettings.ts'
import { PENDING_LOGIN_TTL_MS, type PendingLogin, type PendingLoginSeal } from './PendingLogin.ts'
import { safeReturnPath } from './returnPath.ts'
import type { UsedStates } from './UsedStates.ts'
import { openIdClient, type OpenIdClientModule } from './openIdClient.ts'

/** Why a login at the provider did not open a session; the login page says it in French. */
export type OidcRefusal =
  'annulee' | 'echec' | 'adresse-manquante' | 'adresse-non-verifiee' | 'adresse-deja-reliee'

/** A login started: where to send the browser, and the sealed cookie of the login under way. */
export interface StartedLogin {
  readonly authorizationUrl: string
  readonly cookie: string
}

/** The end of a login: a session, or a refusal to show on the login page. */
export type FinishedLogin =
  | { readonly kind: 'signed-in'; readonly opened: OpenedSession; readonly returnPath: string }
  | { readonly kind: 'refused'; readonly reason: OidcRefusal; readonly returnPath: string }

/**
 * Sign-in through the OpenID provider (ProConnect): the authorization code flow with PKCE (S256),
 * `state` and `nonce`, whose login under way travels in a signed cookie and serves once. The
 * answer of the provider is checked (state against the cookie, the code exchanged with the PKCE
 * verifier, the ID token's nonce), the userinfo read (JSON or signed JWT), and the account found,
 * linked or made ({@link OidcAccounts}). The session keeps the ID token for the logout at the
 * provider.
 */
export class OidcLogin {
  readonly #discovery: OidcDiscovery
  readonly #seal: PendingLoginSeal
  readonly #usedStates: UsedStates
  readonly #accounts: OidcAccounts
  readonly #signIn: SignInService
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #logger: Logger

  constructor(options: {
    discovery: OidcDiscovery
    seal: PendingLoginSeal
    usedStates: UsedStates
    accounts: OidcAccounts
    signIn: SignInService
    store: MetadataStore
    timers: Timers
    logger: Logger
  }) {
    this.#discovery = options.discovery
    this.#seal = options.seal
    this.#usedStates = options.usedStates
    this.#accounts = options.accounts
    this.#signIn = options.signIn
    this.#store = options.store
    this.#timers = options.timers
    this.#logger = options.logger
  }

  /** Discovers the provider in the background (at start-up). */
  prepare(): void {
    this.#discovery.prepare()
  }

  /**
   * Starts a login: `origin` is this server's public origin (the redirect URI is
   * `<origin>/api/oidc/retour`), `returnPath` the app path to open afterwards.
   */
  async start(returnPath: unknown, origin: string): Promise<StartedLogin> {
    const configuration = await this.#discovery.configuration()
    const client = await openIdClient()
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnPath: safeReturnPath(returnPath),
      expiresAt: this.#timers.now() + PENDING_LOGIN_TTL_MS,
    }
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: `${origin}${OIDC_CALLBACK_PATH}`,
      scope: OIDC_SCOPES,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    })
    return { authorizationUrl: url.href, cookie: this.#seal.seal(pending) }
  }

  /**
   * Finishes a login from the provider's answer (`query`: the callback's query string) and the
   * cookie of the login under way. `OIDC_STATE_MISMATCH` (400) when the cookie is missing,
   * expired or already used, or its state is not the answer's; `OIDC_NONCE_MISMATCH` (400) when
   * the ID token was not issued for this login; `OIDC_UNAVAILABLE` (503) when the provider
   * cannot be reached. Refusals of the provider or of Maillage end on the login page.
   */
  async finish(
    query: string,
    cookie: string | undefined,
    context: { origin: string; ip: string; previous: Credentials | null },
  ): Promise<FinishedLogin> {
    const callback = new URL(`${OIDC_CALLBACK_PATH}?${query}`, context.origin)
    const pending = this.#seal.open(cookie, this.#timers.now())
    const state = callback.searchParams.get('state')
    if (pending === null || state !== pending.state || !(await this.#usedStates.use(state))) {
      throw stateMismatch()
    }
    const configuration = await this.#discovery.configuration()
    const client = await openIdClient()
    const refused = (reason: OidcRefusal): FinishedLogin => ({
      kind: 'refused',
      reason,
      returnPath: pending.returnPath,
    })
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>
    try {
      tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      })
    } catch (error) {
      const reason = this.#refusalOf(error, client)
      await this.#auditRefusal(context.ip, reason, null)
      return refused(reason)
    }
    const idTokenClaims = tokens.claims()
    if (tokens.id_token === undefined || idTokenClaims === undefined) return refused('echec')
    let userinfo: Awaited<ReturnType<typeof oidc.fetchUserInfo>>
    try {
      userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idTokenClaims.sub)
    } catch (error) {
      const reason = this.#refusalOf(error, client)
      await this.#auditRefusal(context.ip, reason, null)
      return refused(reason)
    }
    const identity = identityOf(idTokenClaims.iss, { ...idTokenClaims, ...userinfo })
    if ('problem' in identity) {
      await this.#auditRefusal(context.ip, identity.problem, null)
      return refused(identity.problem)
    }
    const found = await this.#accounts.accountOf(identity, context.ip)
    if ('problem' in found) {
      await this.#auditRefusal(context.ip, found.problem, identity.email)
      return refused(found.problem)
    }
    const opened = await this.#signIn.openIdentified(
      found.account,
      context.ip,
      context.previous,
      tokens.id_token,
    )
    return { kind: 'signed-in', opened, returnPath: pending.returnPath }
  }

  /**
   * The URL of the logout at the provider for a session opened with `idToken` (RP-initiated
   * logout: `id_token_hint`, back to the login page); null when the provider has no such
   * endpoint or cannot be reached (the session of Maillage is ended all the same).
   */
  async logoutUrl(idToken: string, origin: string): Promise<string | null> {
    let configuration: oidc.Configuration
    try {
      configuration = await this.#discovery.configuration()
    } catch {
      return null
    }
    const client = await openIdClient()
    if (configuration.serverMetadata().end_session_endpoint === undefined) return null
    return client.buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${origin}${OIDC_POST_LOGOUT_PATH}`,
      state: client.randomState(),
    }).href
  }

  // Nonce: a 400 of its own. The provider out of reach: a 503. Anything else the provider or its
  // answer got wrong: back to the login page.
  #refusalOf(error: unknown, client: OpenIdClientModule): OidcRefusal {
    if (isNonceMismatch(error)) throw nonceMismatch(error)
    if (error instanceof client.AuthorizationResponseError) {
      return error.error === 'access_denied' ? 'annulee' : 'echec'
    }
    if (isUnreachable(error)) throw unavailable(error)
    this.#logger.warn({ err: error }, 'OpenID login refused')
    return 'echec'
  }

  #auditRefusal(ip: string, reason: string, email: string | null): Promise<void> {
    return this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.LoginFailed,
      ip,
      details: { via: 'oidc', reason, ...(email === null ? {} : { email }) },
    })
  }
}

function isNonceMismatch(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const detail = cause.cause
    if (typeof detail === 'object' && detail !== null && 'claim' in detail) {
      return detail.claim === 'nonce'
    }
  }
  return false
}

// fetch fails with « fetch failed » when it cannot connect, the timeout with a TimeoutError.
function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error instanceof TypeError) return error.message === 'fetch failed'
  return error.name === 'TimeoutError' || error.name === 'AbortError'
}

function stateMismatch(): AppError {
  return new AppError(
    ErrorCode.OidcStateMismatch,
    'Cette réponse de connexion ne correspond à aucune connexion en cours sur ce navigateur (elle a expiré ou a déjà servi). Recommencez depuis la page de connexion de Maillage.',
  )
}

function nonceMismatch(cause: unknown): AppError {
  return new AppError(
    ErrorCode.OidcNonceMismatch,
    'Le jeton d’identité reçu n’a pas été émis pour cette connexion : elle est refusée. Recommencez depuis la page de connexion de Maillage.',
    { cause },
  )
}
