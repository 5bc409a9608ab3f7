import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

const campaignSchema = z.object({
  title: z
    .string({ error: 'Donnez un titre à la campagne.' })
    .trim()
    .min(1, 'Donnez un titre à la campagne.')
    .max(200, 'Le titre tient en 200 caractères au plus.'),
  opensAt: z.iso.date({ error: 'Indiquez le jour d’ouverture (AAAA-MM-JJ).' }),
  closesAt: z.iso.date({ error: 'Indiquez le jour de clôture (AAAA-MM-JJ).' }),
})

type CampaignParams = { Params: { campaignId: string } }
type SpaceParams = { Params: { spaceId: string } }
type AssessmentParams = { Params: { spaceId: string; campaignId: string } }

/**
 * The démarche de progression (maturity self-assessment of the CLPE): the regional team opens and
 * closes campaigns; each CLPE's contributeurs and animateurs open their self-assessment (a Y.Doc
 * of their space, created on first access) and submit it; the CLPE and the region read the
 * profiles and the progression. Who may do what is decided by `MaturityAccessService`.
 */
export function registerMaturityRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, maturityAccess } = context

  app.get('/api/demarche-de-progression', async (request) => {
    const { actor } = await guard.require(request)
    return await maturityAccess.list(actor)
  })

  app.post('/api/demarche-de-progression', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(campaignSchema, request.body)
    return reply.code(201).send({ campaign: await maturityAccess.create(actor, input) })
  })

  app.post<CampaignParams>('/api/demarche-de-progression/:campaignId/cloture', async (request) => {
    const { actor } = await guard.require(request)
    return { campaign: await maturityAccess.close(actor, request.params.campaignId) }
  })

  app.get<SpaceParams>('/api/espaces/:spaceId/demarche-de-progression', async (request) => {
    const { actor } = await guard.require(request)
    return await maturityAccess.space(actor, request.params.spaceId)
  })

  app.post<AssessmentParams>(
    '/api/espaces/:spaceId/demarche-de-progression/:campaignId/document',
    async (request) => {
      const { actor } = await guard.require(request)
      const { spaceId, campaignId } = request.params
      return await maturityAccess.document(actor, spaceId, campaignId)
    },
  )

  app.post<AssessmentParams>(
    '/api/espaces/:spaceId/demarche-de-progression/:campaignId/soumission',
    async (request) => {
      const { actor } = await guard.require(request)
      const { spaceId, campaignId } = request.params
      return await maturityAccess.submit(actor, spaceId, campaignId)
    },
  )
}
