import type { FastifyInstance, FastifyRequest } from 'fastify'
import type {
  AtelierPollAnswerView,
  AtelierPollListView,
  AtelierPollResultsView,
  AtelierPollView,
  AtelierWordCloudView,
  AtelierWordsView,
} from '@maillage/protocol'
import {
  pollActionSchema,
  pollAnswerSchema,
  pollCreateSchema,
  pollPatchSchema,
  wordCloudActionSchema,
  wordCloudCreateSchema,
  wordModerationSchema,
  wordsSchema,
} from '../../ateliers/toolkit/polls/index.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type AtelierRequest = FastifyRequest<{ Params: { atelierId: string } }>
type PollRequest = FastifyRequest<{ Params: { atelierId: string; pollId: string } }>
type CloudRequest = FastifyRequest<{ Params: { atelierId: string; cloudId: string } }>

/**
 * The polls, quizzes and word clouds of an atelier's live session (`ateliers/toolkit/polls`):
 * facilitators prepare and run them; seat holders and facilitators answer, always as themselves
 * (the account is the session's; a body naming another is refused).
 */
export function registerAtelierPollRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, atelierPolls } = context
  const { polls, clouds } = atelierPolls

  app.get(
    '/api/ateliers/:atelierId/sondages',
    async (request: AtelierRequest): Promise<AtelierPollListView> => {
      const { actor } = await guard.require(request)
      const { atelierId } = request.params
      return {
        polls: await polls.list(actor, atelierId),
        clouds: await clouds.list(actor, atelierId),
      }
    },
  )

  app.post('/api/ateliers/:atelierId/sondages', async (request: AtelierRequest, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(pollCreateSchema, request.body)
    const poll = await polls.create(actor, request.params.atelierId, input)
    return reply.code(201).send(poll satisfies AtelierPollView)
  })

  app.patch(
    '/api/ateliers/:atelierId/sondages/:pollId',
    async (request: PollRequest): Promise<AtelierPollView> => {
      const { actor } = await guard.require(request)
      const patch = parseInput(pollPatchSchema, request.body)
      return await polls.update(actor, request.params.atelierId, request.params.pollId, patch)
    },
  )

  app.delete('/api/ateliers/:atelierId/sondages/:pollId', async (request: PollRequest, reply) => {
    const { actor } = await guard.require(request)
    await polls.remove(actor, request.params.atelierId, request.params.pollId)
    return reply.code(204).send()
  })

  app.post(
    '/api/ateliers/:atelierId/sondages/:pollId/etat',
    async (request: PollRequest): Promise<AtelierPollView> => {
      const { actor } = await guard.require(request)
      const { action } = parseInput(pollActionSchema, request.body)
      return await polls.act(actor, request.params.atelierId, request.params.pollId, action)
    },
  )

  app.get(
    '/api/ateliers/:atelierId/sondages/:pollId/resultats',
    async (request: PollRequest): Promise<AtelierPollResultsView> => {
      const { actor } = await guard.require(request)
      return await polls.results(actor, request.params.atelierId, request.params.pollId)
    },
  )

  app.get(
    '/api/ateliers/:atelierId/sondages/:pollId/reponse',
    async (request: PollRequest): Promise<AtelierPollAnswerView> => {
      const { actor } = await guard.require(request)
      return await polls.ownAnswer(actor, request.params.atelierId, request.params.pollId)
    },
  )

  app.put(
    '/api/ateliers/:atelierId/sondages/:pollId/reponse',
    async (request: PollRequest): Promise<AtelierPollAnswerView> => {
      const { actor } = await guard.require(request)
      const input = parseInput(pollAnswerSchema, request.body)
      return await polls.answer(actor, request.params.atelierId, request.params.pollId, input)
    },
  )

  app.post('/api/ateliers/:atelierId/nuages', async (request: AtelierRequest, reply) => {
    const { actor } = await guard.require(request)
    const { prompt } = parseInput(wordCloudCreateSchema, request.body)
    const cloud = await clouds.open(actor, request.params.atelierId, prompt)
    return reply.code(201).send(cloud satisfies AtelierWordCloudView)
  })

  app.post(
    '/api/ateliers/:atelierId/nuages/:cloudId/etat',
    async (request: CloudRequest): Promise<AtelierWordCloudView> => {
      const { actor } = await guard.require(request)
      const { action } = parseInput(wordCloudActionSchema, request.body)
      return await clouds.act(actor, request.params.atelierId, request.params.cloudId, action)
    },
  )

  app.delete('/api/ateliers/:atelierId/nuages/:cloudId', async (request: CloudRequest, reply) => {
    const { actor } = await guard.require(request)
    await clouds.remove(actor, request.params.atelierId, request.params.cloudId)
    return reply.code(204).send()
  })

  app.post(
    '/api/ateliers/:atelierId/nuages/:cloudId/moderation',
    async (request: CloudRequest): Promise<AtelierWordCloudView> => {
      const { actor } = await guard.require(request)
      const input = parseInput(wordModerationSchema, request.body)
      return await clouds.moderate(actor, request.params.atelierId, request.params.cloudId, input)
    },
  )

  app.get(
    '/api/ateliers/:atelierId/nuages/:cloudId/mots',
    async (request: CloudRequest): Promise<AtelierWordsView> => {
      const { actor } = await guard.require(request)
      return await clouds.own(actor, request.params.atelierId, request.params.cloudId)
    },
  )

  app.put(
    '/api/ateliers/:atelierId/nuages/:cloudId/mots',
    async (request: CloudRequest): Promise<AtelierWordsView> => {
      const { actor } = await guard.require(request)
      const { words } = parseInput(wordsSchema, request.body)
      return await clouds.send(actor, request.params.atelierId, request.params.cloudId, words)
    },
  )
}
