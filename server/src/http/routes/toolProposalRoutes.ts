import type { FastifyInstance } from 'fastify'
import {
  toolProposalBodySchema,
  toolProposalTransitionSchema,
} from '../../toolbox/toolProposalInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

/** Proposals of new tools: any member proposes, the comité de pilotage decides. */
export function registerToolProposalRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard } = context
  const { proposals } = context.toolbox

  app.post('/api/toolbox/proposals', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(toolProposalBodySchema, request.body)
    const proposal = await proposals.propose(actor, input)
    return reply.code(201).send({ proposal: proposals.present(actor, proposal) })
  })

  app.get('/api/toolbox/proposals', async (request) => {
    const { actor } = await guard.require(request)
    const visible = await proposals.list(actor)
    return { proposals: visible.map((proposal) => proposals.present(actor, proposal)) }
  })

  app.get<{ Params: { proposalId: string } }>(
    '/api/toolbox/proposals/:proposalId',
    async (request) => {
      const { actor } = await guard.require(request)
      const proposal = await proposals.get(actor, request.params.proposalId)
      return { proposal: proposals.present(actor, proposal) }
    },
  )

  app.post<{ Params: { proposalId: string } }>(
    '/api/toolbox/proposals/:proposalId/transition',
    async (request) => {
      const { actor } = await guard.require(request)
      const input = parseInput(toolProposalTransitionSchema, request.body)
      const moved = await proposals.transition(actor, request.params.proposalId, input)
      return { proposal: proposals.present(actor, moved) }
    },
  )
}
