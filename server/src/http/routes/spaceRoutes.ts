import type { FastifyInstance } from 'fastify'
import {
  defaultModeSchema,
  lecteurReviewSchema,
  memberRoleSchema,
  newSpaceSchema,
} from '../../spaces/spaceInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { presentMember } from '../presenters.ts'

type MemberParams = { Params: { spaceId: string; accountId: string } }

/** Spaces and their members: list, detail, working groups, roles (see `SpaceService`). */
export function registerSpaceRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, spaces } = context

  app.get('/api/spaces', async (request) => {
    const { actor } = await guard.require(request)
    return { spaces: await spaces.list(actor) }
  })

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId', async (request) => {
    const { actor } = await guard.require(request)
    return { space: await spaces.get(actor, request.params.spaceId) }
  })

  app.post('/api/spaces', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(newSpaceSchema, request.body)
    return reply.code(201).send({ space: await spaces.createWorkingGroup(actor, input) })
  })

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId/members', async (request) => {
    const { actor } = await guard.require(request)
    const members = await spaces.listMembers(actor, request.params.spaceId)
    return { members: members.map((member) => presentMember(member.membership, member.account)) }
  })

  app.put<MemberParams>('/api/spaces/:spaceId/members/:accountId', async (request) => {
    const { actor } = await guard.require(request)
    const { role } = parseInput(memberRoleSchema, request.body)
    const member = await spaces.setRole(actor, request.params, role)
    return { member: presentMember(member.membership, member.account) }
  })

  app.delete<MemberParams>('/api/spaces/:spaceId/members/:accountId', async (request, reply) => {
    const { actor } = await guard.require(request)
    await spaces.removeMember(actor, request.params)
    return reply.code(204).send()
  })

  // Review settings: what lecteurs may do (read, comment, suggest), each editor's default mode.
  app.put<{ Params: { spaceId: string } }>('/api/espaces/:spaceId/relecture', async (request) => {
    const { actor } = await guard.require(request)
    const { lecteurs } = parseInput(lecteurReviewSchema, request.body)
    return { space: await spaces.setLecteurReview(actor, request.params.spaceId, lecteurs) }
  })

  app.put<MemberParams>('/api/espaces/:spaceId/membres/:accountId/mode', async (request) => {
    const { actor } = await guard.require(request)
    const { modeParDefaut } = parseInput(defaultModeSchema, request.body)
    const member = await spaces.setDefaultMode(actor, request.params, modeParDefaut)
    return { member: presentMember(member.membership, member.account) }
  })
}
