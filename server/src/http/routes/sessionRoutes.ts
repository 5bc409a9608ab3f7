import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { presentAccount } from '../presenters.ts'
import { clearSessionCookie, setSessionCookie } from '../sessionCookie.ts'
import { createAccount, newAccountSchema, setupDone } from './createAccount.ts'

const loginSchema = z.object({
  email: z.string().trim().min(1, 'Saisissez votre adresse électronique.'),
  password: z.string().min(1, 'Saisissez votre mot de passe.'),
})

const profileSchema = z.object({
  name: z.string().trim().min(1, 'Saisissez votre nom.').max(120).optional(),
  organisation: z.string().trim().max(160).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Choisissez une couleur au format #RRVVBB.')
    .optional(),
})

/** Sign in and out, who am I, my profile, and the first admin of a production instance. */
export function registerSessionRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, sessions, store } = context

  app.post('/api/session', async (request, reply) => {
    const input = parseInput(loginSchema, request.body)
    let opened
    try {
      opened = await sessions.login(input.email, input.password, request.ip)
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.InvalidCredentials) {
        await store.appendAudit({
          at: isoTime(context.timers),
          action: AuditAction.LoginFailed,
          ip: request.ip,
          details: { email: input.email.toLowerCase().slice(0, 254) },
        })
      }
      throw error
    }
    // A login always opens a new session and ends the one the browser had (no session fixation).
    const previous = await guard.credentials(request)
    if (previous?.session != null && previous.sessionToken !== null) {
      await sessions.logout(previous.sessionToken)
      context.onSessionEnded(previous.session.tokenHash)
    }
    await store.appendAudit({
      at: opened.session.createdAt,
      action: AuditAction.LoginSucceeded,
      actorId: opened.account.id,
      ip: request.ip,
    })
    setSessionCookie(reply, context, opened.token)
    return { account: presentAccount(opened.account), csrfToken: opened.session.csrfToken }
  })

  app.get('/api/session', async (request) => {
    const { actor, session } = await guard.require(request)
    return {
      account: presentAccount(actor.account),
      csrfToken: session?.csrfToken ?? null,
      memberships: [...actor.roles].map(([spaceId, role]) => ({ spaceId, role })),
    }
  })

  app.delete('/api/session', async (request, reply) => {
    const credentials = await guard.credentials(request)
    if (credentials?.sessionToken != null) {
      await sessions.logout(credentials.sessionToken)
      if (credentials.session !== null) context.onSessionEnded(credentials.session.tokenHash)
      await store.appendAudit({
        at: isoTime(context.timers),
        action: AuditAction.Logout,
        actorId: credentials.actor.account.id,
        ip: request.ip,
      })
    }
    clearSessionCookie(reply, context)
    return reply.code(204).send()
  })

  app.patch('/api/me', async (request) => {
    const { actor } = await guard.require(request)
    const patch = parseInput(profileSchema, request.body)
    const updated = await store.updateAccount(actor.account.id, patch)
    if (updated === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe plus.')
    return { account: presentAccount(updated) }
  })

  app.get('/api/setup', async () => ({
    needed: context.production && (await store.listAccounts()).length === 0,
  }))

  app.post('/api/setup', async (request, reply) => {
    // A quick refusal before hashing the password; the store's single write is what decides.
    if (!context.production || (await store.listAccounts()).length > 0) throw setupDone()
    const input = parseInput(newAccountSchema, request.body)
    const account = await createAccount(context, input, {
      admin: true,
      ip: request.ip,
      firstOnly: true,
    })
    const opened = await sessions.open(account)
    setSessionCookie(reply, context, opened.token)
    return reply
      .code(201)
      .send({ account: presentAccount(account), csrfToken: opened.session.csrfToken })
  })
}
