import type { FastifyInstance, FastifyRequest } from 'fastify'
import type {
  AtelierHandsView,
  AtelierReactionBody,
  AtelierTimerView,
  ServerTimeView,
} from '@maillage/protocol'
import {
  atelierFloorSchema,
  atelierReactionSchema,
  atelierTimerSchema,
} from '../../ateliers/toolkit/timer/index.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type AtelierRequest = FastifyRequest<{ Params: { atelierId: string } }>

/**
 * The facilitator's timer, the raised hands and the reactions of an atelier's live session
 * (`ateliers/toolkit/timer`), and the server's clock the browsers measure their offset against.
 */
export function registerAtelierTimerRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, atelierTimer, timers } = context

  // Public: the time of day is no secret (every answer's `Date` header tells it, to the second).
  app.get('/api/time', async (_request, reply): Promise<ServerTimeView> => {
    void reply.header('cache-control', 'no-store')
    return { now: timers.now() }
  })

  app.post(
    '/api/ateliers/:atelierId/minuteur',
    async (request: AtelierRequest): Promise<AtelierTimerView> => {
      const { actor } = await guard.require(request)
      const action = parseInput(atelierTimerSchema, request.body)
      return await atelierTimer.timer.move(actor, request.params.atelierId, action)
    },
  )

  app.post('/api/ateliers/:atelierId/mains', async (request: AtelierRequest, reply) => {
    const { actor } = await guard.require(request)
    const hands = await atelierTimer.hands.raise(actor, request.params.atelierId)
    return reply.code(201).send({ hands } satisfies AtelierHandsView)
  })

  app.delete(
    '/api/ateliers/:atelierId/mains',
    async (request: AtelierRequest): Promise<AtelierHandsView> => {
      const { actor } = await guard.require(request)
      return { hands: await atelierTimer.hands.lower(actor, request.params.atelierId) }
    },
  )

  app.post(
    '/api/ateliers/:atelierId/mains/parole',
    async (request: AtelierRequest): Promise<AtelierHandsView> => {
      const { actor } = await guard.require(request)
      const { accountId } = parseInput(atelierFloorSchema, request.body)
      return {
        hands: await atelierTimer.hands.giveFloor(actor, request.params.atelierId, accountId),
      }
    },
  )

  app.delete(
    '/api/ateliers/:atelierId/mains/toutes',
    async (request: AtelierRequest): Promise<AtelierHandsView> => {
      const { actor } = await guard.require(request)
      return { hands: await atelierTimer.hands.clear(actor, request.params.atelierId) }
    },
  )

  app.post('/api/ateliers/:atelierId/reactions', async (request: AtelierRequest, reply) => {
    const { actor } = await guard.require(request)
    const { kind } = parseInput(atelierReactionSchema, request.body)
    const reaction = await atelierTimer.reactions.send(actor, request.params.atelierId, kind)
    return reply.code(201).send({ kind: reaction.kind } satisfies AtelierReactionBody)
  })
}
