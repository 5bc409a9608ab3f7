import type { IncomingHttpHeaders } from 'node:http'
import { parse as parseCookie } from 'cookie'
import type { Session } from '../persistence/records/Session.ts'
import type { Actor } from './Actor.ts'
import type { SessionManager } from './SessionManager.ts'

/** Name of the session cookie (httpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'maillage_session'

/** Who a request is from, and the session when it came with the session cookie. */
export interface Credentials {
  readonly actor: Actor
  /** Set for cookie sessions, whose state-changing requests need the CSRF token. */
  readonly session: Session | null
  /** The cookie's secret, to end the session on logout. */
  readonly sessionToken: string | null
  /** Set for access tokens: the token's id, so that revoking it can close its connections. */
  readonly accessTokenId: string | null
}

/**
 * Finds and checks the credentials of an HTTP request or websocket upgrade: a personal access token
 * (`Authorization: Bearer <token>`, or `?token=` since browsers cannot set websocket headers), else
 * the session cookie. Null when there are none or they are not valid.
 */
export async function resolveCredentials(
  headers: IncomingHttpHeaders,
  url: string,
  sessions: SessionManager,
): Promise<Credentials | null> {
  const bearer = bearerToken(headers, url)
  if (bearer !== null) {
    const resolved = await sessions.resolveAccessToken(bearer)
    if (resolved === null) return null
    return {
      actor: await sessions.actorFor(resolved.account, 'token'),
      session: null,
      sessionToken: null,
      accessTokenId: resolved.tokenId,
    }
  }
  const cookie = headers.cookie
  const sessionToken = cookie === undefined ? undefined : parseCookie(cookie)[SESSION_COOKIE]
  if (sessionToken === undefined || sessionToken === '') return null
  const resolved = await sessions.resolveSession(sessionToken)
  if (resolved === null) return null
  return {
    actor: await sessions.actorFor(resolved.account, 'session'),
    session: resolved.session,
    sessionToken,
    accessTokenId: null,
  }
}

function bearerToken(headers: IncomingHttpHeaders, url: string): string | null {
  const authorization = headers.authorization
  if (authorization?.startsWith('Bearer ') === true) return authorization.slice(7).trim()
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
  return new URLSearchParams(query).get('token')
}

/**
 * True when the request's `Origin` names this server (same host as the `Host` header), or is one of
 * `allowedOrigins`. A request without `Origin` is not from a browser page and passes.
 */
export function isSameOrigin(
  headers: IncomingHttpHeaders,
  allowedOrigins: readonly string[],
): boolean {
  const origin = headers.origin
  if (origin === undefined) return true
  if (allowedOrigins.includes(origin)) return true
  try {
    return new URL(origin).host === headers.host
  } catch {
    // An Origin header that is not a URL ("null" from sandboxed frames): not ours.
    return false
  }
}
