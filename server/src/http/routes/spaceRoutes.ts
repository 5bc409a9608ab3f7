import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { SpaceKind, SpaceRole, parseSpaceId } from '@maillage/schema'
import {
  canCreateSpace,
  canManageSpace,
  canSeeSpaceContent,
  roleIn,
} from '../../auth/accessPolicy.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { Space } from '../../persistence/records/Space.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { presentMember } from '../presenters.ts'
import { assertAllowed, loadSpace } from './loadSpace.ts'

const roleSchema = z.enum([SpaceRole.Animateur, SpaceRole.Contributeur, SpaceRole.Lecteur], {
  error: 'Choisissez un rôle : animateur, contributeur ou lecteur.',
})

const newSpaceSchema = z.object({
  name: z.string().trim().min(1, 'Donnez un nom au groupe de travail.').max(120),
  description: z.string().trim().max(2000).default(''),
})

/** Spaces and their members: list, detail, working groups, roles. */
export function registerSpaceRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store } = context
  const now = (): string => isoTime(context.timers)

  app.get('/api/spaces', async (request) => {
    const { actor } = await guard.require(request)
    const spaces = await store.listSpaces()
    return {
      spaces: spaces.map((space) => ({ ...space, myRole: roleIn(actor, space.id) ?? null })),
    }
  })

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId', async (request) => {
    const { actor } = await guard.require(request)
    const space = await loadSpace(store, request.params.spaceId)
    return { space: { ...space, myRole: roleIn(actor, space.id) ?? null } }
  })

  app.post('/api/spaces', async (request, reply) => {
    const { actor } = await guard.require(request)
    assertAllowed(
      canCreateSpace(actor),
      'Seuls les animateurs et l’équipe régionale créent des groupes de travail.',
    )
    const input = parseInput(newSpaceSchema, request.body)
    const space: Space = {
      id: parseSpaceId(`groupe-${randomBytes(6).toString('hex')}`),
      kind: SpaceKind.WorkingGroup,
      name: input.name,
      description: input.description,
      createdAt: now(),
    }
    await store.createSpace(space)
    await store.putMembership({
      spaceId: space.id,
      accountId: actor.account.id,
      role: SpaceRole.Animateur,
      createdAt: space.createdAt,
    })
    await store.appendAudit({
      at: space.createdAt,
      action: AuditAction.SpaceCreated,
      actorId: actor.account.id,
      target: space.id,
      details: { name: space.name },
    })
    return reply.code(201).send({ space: { ...space, myRole: SpaceRole.Animateur } })
  })

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId/members', async (request) => {
    const { actor } = await guard.require(request)
    const space = await loadSpace(store, request.params.spaceId)
    assertAllowed(
      canSeeSpaceContent(actor, space.id),
      'Seuls les membres de cet espace voient la liste de ses membres.',
    )
    const memberships = await store.listMembershipsOfSpace(space.id)
    const members = await Promise.all(
      memberships.map(async (m) => presentMember(m, await store.findAccountById(m.accountId))),
    )
    return { members }
  })

  app.put<{ Params: { spaceId: string; accountId: string } }>(
    '/api/spaces/:spaceId/members/:accountId',
    async (request) => {
      const { actor } = await guard.require(request)
      const space = await loadSpace(store, request.params.spaceId)
      assertAllowed(
        canManageSpace(actor, space.id),
        'Seuls les animateurs de l’espace gèrent ses membres.',
      )
      const { role } = parseInput(z.object({ role: roleSchema }), request.body)
      const account = await store.findAccountById(request.params.accountId)
      if (account === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe pas.')
      const previous = await store.findMembership(space.id, account.id)
      await store.putMembership({
        spaceId: space.id,
        accountId: account.id,
        role,
        createdAt: previous?.createdAt ?? now(),
      })
      await store.appendAudit({
        at: now(),
        action: previous === null ? AuditAction.MembershipGranted : AuditAction.MembershipChanged,
        actorId: actor.account.id,
        target: account.id,
        details: { spaceId: space.id, role, previousRole: previous?.role ?? '' },
      })
      context.onAccessChanged(account.id)
      return {
        member: presentMember(
          {
            spaceId: space.id,
            accountId: account.id,
            role,
            createdAt: previous?.createdAt ?? now(),
          },
          account,
        ),
      }
    },
  )

  app.delete<{ Params: { spaceId: string; accountId: string } }>(
    '/api/spaces/:spaceId/members/:accountId',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const space = await loadSpace(store, request.params.spaceId)
      const leavingThemselves = request.params.accountId === actor.account.id
      assertAllowed(
        leavingThemselves || canManageSpace(actor, space.id),
        'Seuls les animateurs de l’espace retirent des membres.',
      )
      const removed = await store.deleteMembership(space.id, request.params.accountId)
      if (!removed)
        throw new AppError(ErrorCode.NotFound, 'Cette personne n’est pas membre de l’espace.')
      await store.appendAudit({
        at: now(),
        action: AuditAction.MembershipRevoked,
        actorId: actor.account.id,
        target: request.params.accountId,
        details: { spaceId: space.id },
      })
      context.onAccessChanged(request.params.accountId)
      return reply.code(204).send()
    },
  )
}
