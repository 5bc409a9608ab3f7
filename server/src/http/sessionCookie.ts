import type { FastifyReply } from 'fastify'
import { serialize } from 'cookie'
import { SESSION_COOKIE } from '../auth/resolveCredentials.ts'
import type { ApiContext } from './ApiContext.ts'

/** Sets the session cookie: httpOnly (no script reads it), SameSite=Lax, Secure in production. */
export function setSessionCookie(reply: FastifyReply, context: ApiContext, token: string): void {
  void reply.header(
    'set-cookie',
    serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: context.secureCookies,
      path: '/',
      maxAge: Math.floor(context.sessionTtlMs / 1000),
    }),
  )
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, context: ApiContext): void {
  void reply.header(
    'set-cookie',
    serialize(SESSION_COOKIE, '', {
      httpOnly: true,
      sameSite: 'lax',
      secure: context.secureCookies,
      path: '/',
      maxAge: 0,
    }),
  )
}
