import type { FastifyInstance } from 'fastify'
import type { Actor } from '../../auth/Actor.ts'
import {
  exchangeCreateSchema,
  exchangeEchoSchema,
  exchangeListQuerySchema,
  exchangeMessageSchema,
  exchangeStatusSchema,
  mentionQuerySchema,
} from '../../exchanges/exchangeInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type ThreadParams = { Params: { id: string } }
type EchoParams = { Params: { id: string; spaceId: string } }

/**
 * The échanges between CLPE and CoRE (issue #8): threads, their messages (appended live to the
 * thread's Y.Doc), status, « nous aussi », mentions and synergies. Who may read and change what
 * is decided by `ExchangeService` with `auth/exchangeAccess.ts`. The
 * messages a person posts are rate-limited per account, over all threads.
 */
export function registerExchangeRoutes(app: FastifyInstance, context: ApiContext): void {
  // The rate limit is applied here rather than in ExchangeService: it is for people at the API,
  // not for the demo seeding, which writes its threads through the service at start-up.
  const { guard, exchanges, messageRateLimit } = context

  async function signedIn(request: Parameters<typeof guard.require>[0]): Promise<Actor> {
    const { actor } = await guard.require(request)
    return actor
  }

  app.get('/api/echanges', async (request) => {
    const actor = await signedIn(request)
    return await exchanges.list(actor, parseInput(exchangeListQuerySchema, request.query))
  })

  app.post('/api/echanges', async (request, reply) => {
    const actor = await signedIn(request)
    const input = parseInput(exchangeCreateSchema, request.body)
    return reply.code(201).send(await exchanges.create(actor, input))
  })

  // Before `/:id`, which would otherwise take « synergies » for a thread id.
  app.get('/api/echanges/synergies', async (request) => {
    const actor = await signedIn(request)
    return await exchanges.synergies(actor)
  })

  app.get<ThreadParams>('/api/echanges/:id', async (request) => {
    const actor = await signedIn(request)
    return await exchanges.get(actor, request.params.id)
  })

  app.patch<ThreadParams>('/api/echanges/:id', async (request) => {
    const actor = await signedIn(request)
    const { status } = parseInput(exchangeStatusSchema, request.body)
    return await exchanges.changeStatus(actor, request.params.id, status)
  })

  app.post<ThreadParams>('/api/echanges/:id/messages', async (request, reply) => {
    const actor = await signedIn(request)
    await messageRateLimit.admit(actor.account.id)
    const { content } = parseInput(exchangeMessageSchema, request.body)
    return reply.code(201).send(await exchanges.post(actor, request.params.id, content))
  })

  app.post<ThreadParams>('/api/echanges/:id/nous-aussi', async (request) => {
    const actor = await signedIn(request)
    const { spaceId } = parseInput(exchangeEchoSchema, request.body)
    return await exchanges.echo(actor, request.params.id, spaceId)
  })

  app.delete<EchoParams>('/api/echanges/:id/nous-aussi/:spaceId', async (request) => {
    const actor = await signedIn(request)
    return await exchanges.removeEcho(actor, request.params.id, request.params.spaceId)
  })

  app.get<ThreadParams>('/api/echanges/:id/mentions', async (request) => {
    const actor = await signedIn(request)
    const { q } = parseInput(mentionQuerySchema, request.query)
    return await exchanges.mentionCandidates(actor, request.params.id, q)
  })
}
