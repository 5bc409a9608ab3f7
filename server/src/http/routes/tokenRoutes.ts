import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Credentials } from '../../auth/resolveCredentials.ts'
import { z } from 'zod'
import { generateSecret, hashSecret } from '../../auth/secrets.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { AccessToken } from '../../persistence/records/AccessToken.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { omitTokenHash } from '../presenters.ts'
import { assertAllowed } from './loadSpace.ts'

const newTokenSchema = z.object({
  name: z.string().trim().min(1, 'Nommez le jeton (à quoi sert-il ?).').max(80),
  expiresInDays: z.number().int().min(1).max(365).optional(),
})

/** Personal access tokens: for scripts; shown once, stored hashed, revocable. */
export function registerTokenRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store } = context
  const now = (): string => isoTime(context.timers)

  // Tokens are managed from a signed-in browser only: a leaked token must not mint new ones.
  async function requireSession(request: FastifyRequest): Promise<Credentials> {
    const credentials = await guard.require(request)
    assertAllowed(
      credentials.actor.via === 'session',
      'Les jetons d’accès se gèrent depuis une session ouverte dans le navigateur, pas avec un jeton.',
    )
    return credentials
  }

  app.get('/api/tokens', async (request) => {
    const { actor } = await requireSession(request)
    const tokens = await store.listAccessTokensOf(actor.account.id)
    return { tokens: tokens.map(omitTokenHash) }
  })

  app.post('/api/tokens', async (request, reply) => {
    const { actor } = await requireSession(request)
    const input = parseInput(newTokenSchema, request.body)
    const secret = generateSecret()
    const token: AccessToken = {
      id: randomUUID(),
      accountId: actor.account.id,
      name: input.name,
      tokenHash: hashSecret(secret),
      createdAt: now(),
      ...(input.expiresInDays === undefined
        ? {}
        : {
            expiresAt: isoTime(context.timers, input.expiresInDays * 24 * 60 * 60 * 1000),
          }),
    }
    await store.createAccessToken(token)
    await store.appendAudit({
      at: token.createdAt,
      action: AuditAction.TokenCreated,
      actorId: actor.account.id,
      target: token.id,
      details: { name: token.name },
    })
    return reply.code(201).send({ token: omitTokenHash(token), secret })
  })

  app.delete<{ Params: { tokenId: string } }>('/api/tokens/:tokenId', async (request, reply) => {
    const { actor } = await requireSession(request)
    const tokens = await store.listAccessTokensOf(actor.account.id)
    const token = tokens.find((candidate) => candidate.id === request.params.tokenId)
    if (token === undefined) throw new AppError(ErrorCode.NotFound, 'Ce jeton n’existe pas.')
    await store.updateAccessToken(token.id, { revokedAt: now() })
    await store.appendAudit({
      at: now(),
      action: AuditAction.TokenRevoked,
      actorId: actor.account.id,
      target: token.id,
    })
    context.onAccessChanged(actor.account.id)
    return reply.code(204).send()
  })
}
