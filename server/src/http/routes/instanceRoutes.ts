import type { FastifyInstance } from 'fastify'
import type { InstanceDetailView, InstanceListView, InstanceSummaryView } from '@maillage/protocol'
import {
  clpeProfileBodySchema,
  endMandateBodySchema,
  memberBodySchema,
} from '../../instances/instanceInput.ts'
import { isClpeInstance } from '../../instances/instanceAccess.ts'
import {
  presentInstanceDetail,
  presentInstanceSummary,
  presentMandateChange,
} from '../../instances/presentInstance.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

/**
 * The governance's instances (`/api/gouvernance/instances`): the list one may read, an instance
 * with its members, rule and rotation history, a member added, a mandate ended, a CLPE's profile.
 */
export function registerInstanceRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, instances } = context

  app.get('/api/gouvernance/instances', async (request): Promise<InstanceListView> => {
    const { actor } = await guard.require(request)
    const readable = await instances.listInstances(actor)
    const counts = await instances.countActiveMembers(readable)
    const presentContext = { spaceNames: await instances.spaceNames(), today: instances.today() }
    const views = readable.map((instance): InstanceSummaryView =>
      presentInstanceSummary(instance, {
        ...presentContext,
        activeMembers: counts.get(instance.id) ?? 0,
      }),
    )
    return {
      regional: views.filter((view) => !isClpeInstance(view)),
      clpe: views.filter((view) => isClpeInstance(view)),
    }
  })

  app.get<{ Params: { id: string } }>(
    '/api/gouvernance/instances/:id',
    async (request): Promise<InstanceDetailView> => {
      const { actor } = await guard.require(request)
      return presentInstanceDetail(actor, await instances.describe(actor, request.params.id))
    },
  )

  app.post<{ Params: { id: string } }>(
    '/api/gouvernance/instances/:id/membres',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const input = parseInput(memberBodySchema, request.body)
      const change = await instances.addMember(actor, request.params.id, input)
      const presentContext = { spaceNames: await instances.spaceNames(), today: instances.today() }
      return reply.code(201).send(presentMandateChange(change, presentContext))
    },
  )

  app.post<{ Params: { id: string; mandateId: string } }>(
    '/api/gouvernance/instances/:id/membres/:mandateId/fin',
    async (request) => {
      const { actor } = await guard.require(request)
      const { endsOn } = parseInput(endMandateBodySchema, request.body)
      const change = await instances.endMandate(actor, request.params.id, {
        mandateId: request.params.mandateId,
        endsOn,
      })
      const presentContext = { spaceNames: await instances.spaceNames(), today: instances.today() }
      return presentMandateChange(change, presentContext)
    },
  )

  app.put<{ Params: { id: string } }>(
    '/api/gouvernance/instances/:id/profil-clpe',
    async (request): Promise<InstanceDetailView> => {
      const { actor } = await guard.require(request)
      const { profile } = parseInput(clpeProfileBodySchema, request.body)
      await instances.setClpeProfile(actor, request.params.id, profile)
      return presentInstanceDetail(actor, await instances.describe(actor, request.params.id))
    },
  )
}
