import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  breakoutAssignSchema,
  breakoutStartSchema,
} from '../../ateliers/toolkit/groups/groupsInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type AtelierRequest = FastifyRequest<{ Params: { atelierId: string } }>

/**
 * The breakout groups of an atelier's live session (`ateliers/toolkit/groups`): its facilitators
 * see who may be placed, start the groups, place late joiners and bring everyone back to the
 * plenary. Participants learn where they sit from the atelier's Y.Doc (`groups` root).
 */
export function registerAtelierGroupRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, ateliers } = context
  const { programme, groups } = ateliers

  async function load(request: AtelierRequest) {
    const { actor } = await guard.require(request)
    const record = await programme.find(actor, request.params.atelierId)
    return { actor, record }
  }

  app.get('/api/ateliers/:atelierId/groupes', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    return groups.status(actor, record)
  })

  app.post('/api/ateliers/:atelierId/groupes', async (request: AtelierRequest, reply) => {
    const { actor, record } = await load(request)
    const input = parseInput(breakoutStartSchema, request.body)
    return reply.code(201).send(await groups.start(actor, record, input))
  })

  app.post('/api/ateliers/:atelierId/groupes/membres', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    const input = parseInput(breakoutAssignSchema, request.body)
    return groups.assign(actor, record, input)
  })

  app.post('/api/ateliers/:atelierId/groupes/fin', async (request: AtelierRequest) => {
    const { actor, record } = await load(request)
    return groups.end(actor, record)
  })
}
