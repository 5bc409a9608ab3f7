import type { FastifyInstance } from 'fastify'
import { passwordChangeSchema } from '../../accounts/accountInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { clearSessionCookie } from '../sessionCookie.ts'

/**
 * Ending sessions everywhere (`AccountSessionService`): one's password, « déconnecter partout »
 * for oneself, and for an account by an admin. Each ended session closes its websockets (4401).
 */
export function registerAccountSessionRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, accountSessions } = context

  app.put('/api/me/mot-de-passe', async (request, reply) => {
    const holder = await guard.require(request)
    const input = parseInput(passwordChangeSchema, request.body)
    await accountSessions.changePassword(holder, input, request.ip)
    return reply.code(204).send()
  })

  app.post('/api/me/deconnexion-partout', async (request, reply) => {
    await accountSessions.signOutEverywhere(await guard.require(request), request.ip)
    clearSessionCookie(reply, context)
    return reply.code(204).send()
  })

  app.post<{ Params: { accountId: string } }>(
    '/api/comptes/:accountId/deconnexion',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      await accountSessions.signOutAccount(actor, request.params.accountId, request.ip)
      return reply.code(204).send()
    },
  )
}
