import type { FastifyInstance } from 'fastify'
import { newAccountSchema } from '../../accounts/accountInput.ts'
import type { Joiner } from '../../invitations/InvitationService.ts'
import { newInvitationSchema } from '../../invitations/invitationInput.ts'
import { invitationPath } from '../../invitations/invitationMail.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { omitTokenHash, presentAccount } from '../presenters.ts'
import { setSessionCookie } from '../sessionCookie.ts'

/**
 * Invitations by link: created by animateurs, accepted once by a signed-in person, or by someone
 * signed out who gives the address and password of their account or of a new one (see
 * `InvitationService`).
 */
export function registerInvitationRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, invitations } = context

  app.post<{ Params: { spaceId: string } }>(
    '/api/spaces/:spaceId/invitations',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const input = parseInput(newInvitationSchema, request.body)
      const created = await invitations.create(actor, request.params.spaceId, input)
      return reply.code(201).send({
        invitation: omitTokenHash(created.invitation),
        token: created.token,
        path: invitationPath(created.token),
        mailQueued: created.mailQueued,
      })
    },
  )

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId/invitations', async (request) => {
    const { actor } = await guard.require(request)
    const list = await invitations.listOfSpace(actor, request.params.spaceId)
    return { invitations: list.map(omitTokenHash) }
  })

  app.delete<{ Params: { invitationId: string } }>(
    '/api/invitations/:invitationId',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      await invitations.revoke(actor, request.params.invitationId)
      return reply.code(204).send()
    },
  )

  // Anyone holding the link may see what it is for, to decide whether to accept it.
  app.get<{ Params: { token: string } }>('/api/invitations/by-token/:token', async (request) => ({
    invitation: await invitations.preview(request.params.token),
  }))

  // Accepting: a signed-in person joins with their account; anyone else signs in or creates one,
  // and gets a new session.
  app.post<{ Params: { token: string } }>(
    '/api/invitations/by-token/:token/accept',
    async (request, reply) => {
      const credentials = await guard.credentials(request)
      const joiner: Joiner =
        credentials === null
          ? {
              kind: 'signed-out',
              readForm: () => parseInput(newAccountSchema, request.body),
              ip: request.ip,
            }
          : { kind: 'signed-in', account: credentials.actor.account }
      const { account, spaceId, opened } = await invitations.accept(request.params.token, joiner)
      if (opened === null) {
        return reply.code(200).send({ account: presentAccount(account), spaceId })
      }
      setSessionCookie(reply, context, opened.token)
      return reply.code(201).send({
        account: presentAccount(account),
        csrfToken: opened.session.csrfToken,
        spaceId,
      })
    },
  )
}
