import type { FastifyInstance, FastifyReply } from 'fastify'
import { parse as parseCookie, serialize } from 'cookie'
import { PENDING_LOGIN_COOKIE, PENDING_LOGIN_TTL_MS } from '../../auth/oidc/PendingLogin.ts'
import { OIDC_CALLBACK_PATH, OIDC_PROVIDER_LABEL } from '../../auth/oidc/OidcSettings.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { ApiContext } from '../ApiContext.ts'
import { setSessionCookie } from '../sessionCookie.ts'
import { requestOrigin } from './requestOrigin.ts'

/**
 * Sign-in through the OpenID provider (ProConnect): what the login page offers, the start of a
 * login (to the provider) and its end (back from it, to the app).
 */
export function registerOidcRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, oidcLogin } = context

  app.get('/api/session/options', () => ({
    oidc: oidcLogin === null ? null : { label: OIDC_PROVIDER_LABEL },
  }))

  app.get<{ Querystring: { retour?: string } }>('/api/oidc/connexion', async (request, reply) => {
    if (oidcLogin === null) throw notConfigured()
    const origin = requestOrigin(request, context.publicUrl)
    const started = await oidcLogin.start(request.query.retour, origin)
    setPendingCookie(reply, context, started.cookie)
    return reply.redirect(started.authorizationUrl, 302)
  })

  app.get(OIDC_CALLBACK_PATH, async (request, reply) => {
    if (oidcLogin === null) throw notConfigured()
    const cookie = parseCookie(request.headers.cookie ?? '')[PENDING_LOGIN_COOKIE]
    // The login under way serves once, whatever its end.
    setPendingCookie(reply, context, '')
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : ''
    const finished = await oidcLogin
      .finish(query, cookie, {
        origin: requestOrigin(request, context.publicUrl),
        ip: request.ip,
        previous: await guard.credentials(request),
      })
      .catch((error: unknown) => {
        // A person's browser gets the login page with a French message; programs get the code.
        const reason = navigationRefusalOf(error)
        if (reason === null || !acceptsHtml(request.headers.accept)) throw error
        return { kind: 'refused', reason, returnPath: '/' } as const
      })
    if (finished.kind === 'refused') {
      const search = new URLSearchParams({ oidc: finished.reason })
      if (finished.returnPath !== '/') search.set('retour', finished.returnPath)
      return reply.redirect(`/connexion?${search.toString()}`, 302)
    }
    setSessionCookie(reply, context, finished.opened.token)
    return reply.redirect(finished.returnPath, 302)
  })
}

/**
 * The login page's `?oidc=` reason for an error that ends a login in a person's browser: an answer
 * that does not belong to the login under way (state or nonce: an old tab, the back button, a
 * forged link) or a provider that cannot be reached. Null for any other error.
 */
function navigationRefusalOf(error: unknown): 'expiree' | 'indisponible' | null {
  if (!(error instanceof AppError)) return null
  if (error.code === ErrorCode.OidcStateMismatch || error.code === ErrorCode.OidcNonceMismatch) {
    return 'expiree'
  }
  return error.code === ErrorCode.OidcUnavailable ? 'indisponible' : null
}

/** True for a browser's navigation, which asks for HTML first. */
function acceptsHtml(accept: string | undefined): boolean {
  return accept?.includes('text/html') ?? false
}

// HttpOnly, SameSite=Lax (the provider's redirect back is a top-level navigation: it is sent),
// only to `/api/oidc`, for the time a login may take; an empty value removes it.
function setPendingCookie(reply: FastifyReply, context: ApiContext, value: string): void {
  void reply.header(
    'set-cookie',
    serialize(PENDING_LOGIN_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: context.secureCookies,
      path: '/api/oidc',
      maxAge: value === '' ? 0 : Math.floor(PENDING_LOGIN_TTL_MS / 1000),
    }),
  )
}

function notConfigured(): AppError {
  return new AppError(
    ErrorCode.NotFound,
    `La connexion avec ${OIDC_PROVIDER_LABEL} n’est pas proposée par ce serveur : connectez-vous avec votre adresse et votre mot de passe.`,
  )
}
