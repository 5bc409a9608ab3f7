import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { SpaceRole } from '@maillage/schema'
import { canManageSpace } from '../../auth/accessPolicy.ts'
import { generateSecret, hashSecret } from '../../auth/secrets.ts'
import { invalidCredentials } from '../../auth/SessionManager.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { Account } from '../../persistence/records/Account.ts'
import type { Invitation } from '../../persistence/records/Invitation.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { omitTokenHash, presentAccount } from '../presenters.ts'
import { setSessionCookie } from '../sessionCookie.ts'
import { createAccount, newAccountSchema } from './createAccount.ts'
import { assertAllowed, loadSpace } from './loadSpace.ts'

/** How long an invitation link stays valid (default 14 days). */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000

const newInvitationSchema = z.object({
  role: z.enum([SpaceRole.Animateur, SpaceRole.Contributeur, SpaceRole.Lecteur], {
    error: 'Choisissez un rôle : animateur, contributeur ou lecteur.',
  }),
  email: z.email('Saisissez une adresse électronique valide.').optional(),
})

const INVALID_INVITATION =
  'Ce lien d’invitation n’est plus valable : il a déjà servi, a expiré ou a été annulé. Demandez-en un nouveau à l’animateur de l’espace.'

/**
 * Invitations by link: created by animateurs, accepted once by a signed-in person, or by someone
 * signed out who gives the address and password of their account or of a new one.
 */
export function registerInvitationRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store } = context
  const now = (): string => isoTime(context.timers)
  // Invitations being accepted right now: a concurrent second accept of the same link is refused,
  // so a link never serves twice.
  const accepting = new Set<string>()

  async function findUsable(token: string): Promise<Invitation> {
    const invitation = await store.findInvitationByTokenHash(hashSecret(token))
    const usable =
      invitation !== null &&
      invitation.usedAt === undefined &&
      invitation.revokedAt === undefined &&
      Date.parse(invitation.expiresAt) > context.timers.now()
    if (!usable) throw new AppError(ErrorCode.InvitationInvalid, INVALID_INVITATION)
    return invitation
  }

  app.post<{ Params: { spaceId: string } }>(
    '/api/spaces/:spaceId/invitations',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const space = await loadSpace(store, request.params.spaceId)
      assertAllowed(canManageSpace(actor, space.id), 'Seuls les animateurs de l’espace invitent.')
      const input = parseInput(newInvitationSchema, request.body)
      const token = generateSecret()
      const invitation: Invitation = {
        id: randomUUID(),
        tokenHash: hashSecret(token),
        spaceId: space.id,
        role: input.role,
        createdBy: actor.account.id,
        createdAt: now(),
        expiresAt: isoTime(context.timers, INVITATION_TTL_MS),
        ...(input.email === undefined ? {} : { email: input.email.toLowerCase() }),
      }
      await store.createInvitation(invitation)
      await store.appendAudit({
        at: invitation.createdAt,
        action: AuditAction.InvitationCreated,
        actorId: actor.account.id,
        target: invitation.id,
        details: { spaceId: space.id, role: input.role },
      })
      const shown = omitTokenHash(invitation)
      return reply.code(201).send({ invitation: shown, token, path: `/invitation/${token}` })
    },
  )

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId/invitations', async (request) => {
    const { actor } = await guard.require(request)
    const space = await loadSpace(store, request.params.spaceId)
    assertAllowed(
      canManageSpace(actor, space.id),
      'Seuls les animateurs de l’espace voient les invitations.',
    )
    const invitations = await store.listInvitationsOfSpace(space.id)
    return { invitations: invitations.map(omitTokenHash) }
  })

  app.delete<{ Params: { invitationId: string } }>(
    '/api/invitations/:invitationId',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const invitation = await store.findInvitation(request.params.invitationId)
      if (invitation === null)
        throw new AppError(ErrorCode.NotFound, 'Cette invitation n’existe pas.')
      assertAllowed(
        canManageSpace(actor, invitation.spaceId),
        'Seuls les animateurs de l’espace annulent une invitation.',
      )
      await store.updateInvitation(invitation.id, { revokedAt: now() })
      await store.appendAudit({
        at: now(),
        action: AuditAction.InvitationRevoked,
        actorId: actor.account.id,
        target: invitation.id,
        details: { spaceId: invitation.spaceId },
      })
      return reply.code(204).send()
    },
  )

  // Anyone holding the link may see what it is for, to decide whether to accept it.
  app.get<{ Params: { token: string } }>('/api/invitations/by-token/:token', async (request) => {
    const invitation = await findUsable(request.params.token)
    const space = await loadSpace(store, invitation.spaceId)
    return {
      invitation: {
        spaceId: space.id,
        spaceName: space.name,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        email: invitation.email ?? null,
      },
    }
  })

  // Accepting: a signed-in person joins with their account; anyone else creates one.
  app.post<{ Params: { token: string } }>(
    '/api/invitations/by-token/:token/accept',
    async (request, reply) => {
      const invitation = await findUsable(request.params.token)
      if (accepting.has(invitation.id)) {
        throw new AppError(ErrorCode.InvitationInvalid, INVALID_INVITATION)
      }
      accepting.add(invitation.id)
      try {
        return await accept(invitation, request, reply)
      } finally {
        accepting.delete(invitation.id)
      }
    },
  )

  // Signed out: the form's address and password sign into the account that has that address, or
  // create one. An address with an account and a wrong password is answered as a wrong login —
  // never « this address has an account » — and counted by the login throttle (auth/README.md).
  async function signInOrCreate(request: FastifyRequest): Promise<Account> {
    const input = parseInput(newAccountSchema, request.body)
    try {
      return await context.sessions.signInOrCreate(input.email, input.password, request.ip, () =>
        createAccount(context, input, { admin: false, ip: request.ip }),
      )
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // An account created by a concurrent request between the look-up and the creation.
      const refusal = error.code === ErrorCode.EmailTaken ? invalidCredentials() : error
      if (refusal.code === ErrorCode.InvalidCredentials) {
        await store.appendAudit({
          at: now(),
          action: AuditAction.LoginFailed,
          ip: request.ip,
          details: { email: input.email.toLowerCase().slice(0, 254), via: 'invitation' },
        })
      }
      throw refusal
    }
  }

  async function accept(
    invitation: Invitation,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const credentials = await guard.credentials(request)
    const account = credentials?.actor.account ?? (await signInOrCreate(request))
    await store.updateInvitation(invitation.id, { usedAt: now(), usedBy: account.id })
    const previous = await store.findMembership(invitation.spaceId, account.id)
    await store.putMembership({
      spaceId: invitation.spaceId,
      accountId: account.id,
      role: invitation.role,
      createdAt: previous?.createdAt ?? now(),
    })
    await store.appendAudit({
      at: now(),
      action: AuditAction.InvitationAccepted,
      actorId: account.id,
      target: invitation.id,
      details: { spaceId: invitation.spaceId, role: invitation.role },
    })
    // The account may already have live connections (signed in here, or elsewhere).
    context.onAccessChanged(account.id)
    if (credentials !== null) {
      return reply.code(200).send({ account: presentAccount(account), spaceId: invitation.spaceId })
    }
    const opened = await context.sessions.open(account)
    setSessionCookie(reply, context, opened.token)
    return reply.code(201).send({
      account: presentAccount(account),
      csrfToken: opened.session.csrfToken,
      spaceId: invitation.spaceId,
    })
  }
}
