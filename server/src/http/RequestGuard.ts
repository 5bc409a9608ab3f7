import type { FastifyRequest } from 'fastify'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { isSameOrigin, resolveCredentials, type Credentials } from '../auth/resolveCredentials.ts'
import type { SessionManager } from '../auth/SessionManager.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

// Signing in opens a new session: it must work from a page whose session (and so CSRF token) is
// stale. The Origin check still applies, which is what stops login CSRF.
const CSRF_TOKEN_EXEMPT = new Set(['POST /api/session'])

// The one-click unsubscribe of mails (RFC 8058) is posted by mail clients and providers, from no
// page of ours and without session: its signed token is its only credential, and all it can do
// is stop mails of one kind to one address.
const STATE_CHECK_EXEMPT = new Set(['POST /api/desabonnement/:token'])

/** Header carrying the session's CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token'

/**
 * Resolves who a request is from (once per request) and enforces the rules of the API: a
 * signed-in actor where required, and for cookie sessions on state-changing requests the CSRF token
 * and a same-origin `Origin`.
 */
export class RequestGuard {
  readonly #sessions: SessionManager
  readonly #allowedOrigins: readonly string[]
  readonly #resolved = new WeakMap<FastifyRequest, Promise<Credentials | null>>()

  constructor(sessions: SessionManager, allowedOrigins: readonly string[]) {
    this.#sessions = sessions
    this.#allowedOrigins = allowedOrigins
  }

  /** The request's credentials, or null for an anonymous request. */
  credentials(request: FastifyRequest): Promise<Credentials | null> {
    let resolved = this.#resolved.get(request)
    if (resolved === undefined) {
      resolved = resolveCredentials(request.headers, request.url, this.#sessions)
      this.#resolved.set(request, resolved)
    }
    return resolved
  }

  /** The request's credentials; throws `AUTH_UNAUTHENTICATED` (401) for an anonymous request. */
  async require(request: FastifyRequest): Promise<Credentials> {
    const credentials = await this.credentials(request)
    if (credentials === null) {
      throw new AppError(
        ErrorCode.Unauthenticated,
        'Vous n’êtes pas connecté ou votre session a expiré. Reconnectez-vous.',
      )
    }
    return credentials
  }

  /**
   * Rejects a state-changing request from another site: its `Origin` must be this server's, and a
   * cookie session must send its CSRF token. Access-token requests carry no ambient credential.
   */
  async checkStateChange(request: FastifyRequest): Promise<void> {
    if (SAFE_METHODS.has(request.method)) return
    if (STATE_CHECK_EXEMPT.has(`${request.method} ${request.routeOptions.url ?? ''}`)) return
    if (!isSameOrigin(request.headers, this.#allowedOrigins)) {
      throw new AppError(
        ErrorCode.OriginRejected,
        'Cette requête vient d’un autre site que Maillage : elle est refusée.',
      )
    }
    if (CSRF_TOKEN_EXEMPT.has(`${request.method} ${request.routeOptions.url ?? ''}`)) return
    const credentials = await this.credentials(request)
    if (credentials?.session == null) return
    if (request.headers[CSRF_HEADER] !== credentials.session.csrfToken) {
      throw new AppError(
        ErrorCode.CsrfRejected,
        'La page n’est plus à jour (jeton de sécurité invalide). Rechargez-la puis recommencez.',
      )
    }
  }
}
