import type { FastifyInstance } from 'fastify'
import { bilanPeriodSchema } from '../../pilotage/bilan/bilanPeriodInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

/**
 * The bilan for the bureau du CoRE: the regional team drafts it from the
 * regional view of the moment (`PilotageBilanService`), then co-edits it as a document.
 */
export function registerBilanRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, pilotageBilans } = context

  app.post('/api/pilotage/bilans', async (request, reply) => {
    const { actor } = await guard.require(request)
    const period = parseInput(bilanPeriodSchema, request.body)
    return reply.code(201).send(await pilotageBilans.draft(actor, period))
  })
}
