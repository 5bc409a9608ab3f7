import type { FastifyInstance } from 'fastify'
import { loginSchema, newAccountSchema, profileSchema } from '../../accounts/accountInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { presentAccount } from '../presenters.ts'
import { clearSessionCookie, setSessionCookie } from '../sessionCookie.ts'
import { requestOrigin } from './requestOrigin.ts'

/** Sign in and out, who am I, my profile, and the first admin of a production instance. */
export function registerSessionRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, accounts, signIn, oidcLogin } = context

  app.post('/api/session', async (request, reply) => {
    const input = parseInput(loginSchema, request.body)
    const opened = await signIn.login(input, request.ip, await guard.credentials(request))
    setSessionCookie(reply, context, opened.token)
    return { account: presentAccount(opened.account), csrfToken: opened.session.csrfToken }
  })

  app.get('/api/session', async (request) => {
    const { actor, session } = await guard.require(request)
    return {
      account: presentAccount(actor.account),
      csrfToken: session?.csrfToken ?? null,
      memberships: [...actor.roles].map(([spaceId, role]) => ({ spaceId, role })),
    }
  })

  // A session opened through the OpenID provider also ends there: the answer gives the URL of
  // its logout, where the web app sends the browser.
  app.delete('/api/session', async (request, reply) => {
    const credentials = await guard.credentials(request)
    await signIn.logout(credentials, request.ip)
    clearSessionCookie(reply, context)
    const idToken = credentials?.session?.oidcIdToken
    const logoutUrl =
      idToken === undefined || oidcLogin === null
        ? null
        : await oidcLogin.logoutUrl(idToken, requestOrigin(request, context.publicUrl))
    if (logoutUrl === null) return reply.code(204).send()
    return { logoutUrl }
  })

  app.patch('/api/me', async (request) => {
    const { actor } = await guard.require(request)
    const patch = parseInput(profileSchema, request.body)
    return { account: presentAccount(await accounts.updateProfile(actor, patch)) }
  })

  app.get('/api/setup', async () => ({ needed: await accounts.isSetupNeeded() }))

  app.post('/api/setup', async (request, reply) => {
    const input = parseInput(newAccountSchema, request.body)
    const opened = await accounts.setUp(input, request.ip)
    setSessionCookie(reply, context, opened.token)
    return reply
      .code(201)
      .send({ account: presentAccount(opened.account), csrfToken: opened.session.csrfToken })
  })
}
