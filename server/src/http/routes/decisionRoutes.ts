import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { decisionFiltersSchema } from '../../decisions/decisionFilters.ts'
import { decisionCreateSchema, decisionFollowUpSchema } from '../../decisions/decisionInput.ts'
import { DecisionSubjectKind } from '../../persistence/records/Decision.ts'
import type { ApiContext } from '../ApiContext.ts'
import { formatDecisionsCsv } from '../decisionsCsv.ts'
import { parseInput } from '../parseInput.ts'

const aboutSchema = z.object({
  kind: z.enum(
    Object.values(DecisionSubjectKind) as [DecisionSubjectKind, ...DecisionSubjectKind[]],
  ),
  id: z.string().min(1).max(200),
})

/**
 * The register of decisions (`DecisionRegister`): the filtered list and its CSV, one decision, the
 * decisions about an object, a decision typed in by a manager, and the follow-up of one.
 */
export function registerDecisionRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, decisions } = context

  app.get('/api/gouvernance/decisions', async (request) => {
    const { actor } = await guard.require(request)
    return decisions.listDecisions(actor, parseInput(decisionFiltersSchema, request.query))
  })

  app.get('/api/gouvernance/decisions.csv', async (request, reply) => {
    const { actor } = await guard.require(request)
    const {
      page: _page,
      pageSize: _pageSize,
      ...filters
    } = parseInput(decisionFiltersSchema, request.query)
    const rows = await decisions.exportDecisions(actor, filters)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="registre-des-decisions.csv"')
      .header('cache-control', 'no-store')
      .send(formatDecisionsCsv(rows))
  })

  app.get('/api/gouvernance/decisions/a-propos/:kind/:id', async (request) => {
    const { actor } = await guard.require(request)
    const { kind, id } = parseInput(aboutSchema, request.params)
    return { decisions: await decisions.decisionsAbout(actor, kind, id) }
  })

  app.get<{ Params: { decisionId: string } }>(
    '/api/gouvernance/decisions/:decisionId',
    async (request) => {
      const { actor } = await guard.require(request)
      return { decision: await decisions.get(actor, request.params.decisionId) }
    },
  )

  app.post('/api/gouvernance/decisions', async (request, reply) => {
    const { actor } = await guard.require(request)
    const added = await decisions.add(actor, parseInput(decisionCreateSchema, request.body))
    return reply.code(201).send({ decision: await decisions.present(actor, added) })
  })

  app.post<{ Params: { decisionId: string } }>(
    '/api/gouvernance/decisions/:decisionId/suivi',
    async (request) => {
      const { actor } = await guard.require(request)
      const input = parseInput(decisionFollowUpSchema, request.body)
      const changed = await decisions.followUp(actor, request.params.decisionId, input)
      return { decision: await decisions.present(actor, changed) }
    },
  )
}
