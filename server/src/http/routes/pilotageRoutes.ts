import type { FastifyInstance } from 'fastify'
import type { ClpeDashboard, RegionalView } from '@maillage/schema'
import { pilotageQuerySchema } from '../../pilotage/pilotageInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type SpaceParams = { Params: { spaceId: string } }

/**
 * The dashboards of the pilotage (see `PilotageService`), filtered by `?thematique=` and
 * `?public=` (options of the fiche action; another value is a 400 `VALIDATION_FAILED`):
 * `GET /api/espaces/:spaceId/pilotage`, a CLPE's « Pilotage » page (`ClpeDashboard`), for every
 * signed-in person (only what the CLPE shared with all for those outside it), and
 * `GET /api/pilotage/region`, the regional view (`RegionalView`), for the region only.
 */
export function registerPilotageRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, pilotage } = context

  app.get<SpaceParams>('/api/espaces/:spaceId/pilotage', async (request) => {
    const { actor } = await guard.require(request)
    const filters = parseInput(pilotageQuerySchema, request.query)
    return (await pilotage.dashboard(
      actor,
      request.params.spaceId,
      filters,
    )) satisfies ClpeDashboard
  })

  app.get('/api/pilotage/region', async (request) => {
    const { actor } = await guard.require(request)
    const filters = parseInput(pilotageQuerySchema, request.query)
    return (await pilotage.region(actor, filters)) satisfies RegionalView
  })
}
