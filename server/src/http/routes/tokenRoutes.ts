import type { FastifyInstance } from 'fastify'
import { newAccessTokenSchema } from '../../auth/accessTokenInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { omitTokenHash } from '../presenters.ts'

/** Personal access tokens: for scripts; shown once, stored hashed, revocable (`AccessTokenService`). */
export function registerTokenRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, accessTokens } = context

  app.get('/api/tokens', async (request) => {
    const { actor } = await guard.require(request)
    const tokens = await accessTokens.list(actor)
    return { tokens: tokens.map(omitTokenHash) }
  })

  app.post('/api/tokens', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(newAccessTokenSchema, request.body)
    const created = await accessTokens.create(actor, input)
    return reply.code(201).send({ token: omitTokenHash(created.token), secret: created.secret })
  })

  app.delete<{ Params: { tokenId: string } }>('/api/tokens/:tokenId', async (request, reply) => {
    const { actor } = await guard.require(request)
    await accessTokens.revoke(actor, request.params.tokenId)
    return reply.code(204).send()
  })
}
