import type { FastifyInstance } from 'fastify'
import {
  canDecideToolProposals,
  canProposeTool,
  canSeeAllToolProposals,
  canSeeToolProposal,
} from '../../auth/accessPolicy.ts'
import type { Actor } from '../../auth/Actor.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { ToolProposal } from '../../persistence/records/ToolProposal.ts'
import {
  toolProposalBodySchema,
  toolProposalTransitionSchema,
} from '../../toolbox/toolProposalInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { assertAllowed } from '../../auth/assertAllowed.ts'

/** Proposals of new tools: any member proposes, the comité de pilotage decides. */
export function registerToolProposalRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store } = context
  const { proposals } = context.toolbox

  // Someone else's proposal answers 404 like a missing one, so ids cannot be probed.
  async function loadVisible(actor: Actor, id: string): Promise<ToolProposal> {
    const proposal = await store.toolbox.findToolProposal(id)
    if (proposal === null || !canSeeToolProposal(actor, proposal)) {
      throw new AppError(ErrorCode.NotFound, 'Cette proposition d’outil n’existe pas.')
    }
    return proposal
  }

  app.post('/api/toolbox/proposals', async (request, reply) => {
    const { actor } = await guard.require(request)
    assertAllowed(canProposeTool(actor), 'Seuls les membres proposent un outil.')
    const input = parseInput(toolProposalBodySchema, request.body)
    const proposal = await proposals.propose(actor, input)
    return reply.code(201).send({ proposal: proposals.present(actor, proposal) })
  })

  app.get('/api/toolbox/proposals', async (request) => {
    const { actor } = await guard.require(request)
    const all = await store.toolbox.listToolProposals()
    const visible = canSeeAllToolProposals(actor)
      ? all
      : all.filter((proposal) => proposal.proposedBy === actor.account.id)
    return {
      proposals: visible.reverse().map((proposal) => proposals.present(actor, proposal)),
    }
  })

  app.get<{ Params: { proposalId: string } }>(
    '/api/toolbox/proposals/:proposalId',
    async (request) => {
      const { actor } = await guard.require(request)
      const proposal = await loadVisible(actor, request.params.proposalId)
      return { proposal: proposals.present(actor, proposal) }
    },
  )

  app.post<{ Params: { proposalId: string } }>(
    '/api/toolbox/proposals/:proposalId/transition',
    async (request) => {
      const { actor } = await guard.require(request)
      const proposal = await loadVisible(actor, request.params.proposalId)
      assertAllowed(
        canDecideToolProposals(actor),
        'Seuls les membres du comité de pilotage examinent et décident des nouveaux outils.',
      )
      const input = parseInput(toolProposalTransitionSchema, request.body)
      const moved = await proposals.transition(actor, proposal, input)
      return { proposal: proposals.present(actor, moved) }
    },
  )
}
