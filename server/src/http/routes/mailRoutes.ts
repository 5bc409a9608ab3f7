import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { MAIL_FREQUENCIES, MAIL_KINDS } from '../../mail/MailKind.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

const preferencesInput = z.object({
  preferences: z.partialRecord(z.enum(MAIL_KINDS), z.enum(MAIL_FREQUENCIES)),
})

/**
 * E-mail: each person's choice per kind (`/api/me/preferences-mail`), and the unsubscribe links of
 * mails (`/api/desabonnement/:token`): `GET` says what the link stops (for the web page), `POST`
 * stops it — the RFC 8058 one-click target, answered without session, Origin or CSRF check.
 */
export function registerMailRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, mailPreferences } = context

  app.get('/api/me/preferences-mail', async (request) => {
    const { actor } = await guard.require(request)
    return await mailPreferences.preferencesOf(actor.account.id)
  })

  app.put('/api/me/preferences-mail', async (request) => {
    const { actor } = await guard.require(request)
    const input = parseInput(preferencesInput, request.body)
    return await mailPreferences.updatePreferences(actor.account.id, input.preferences)
  })

  app.get<{ Params: { token: string } }>('/api/desabonnement/:token', async (request) => {
    return await mailPreferences.describe(request.params.token)
  })

  // Mail providers post the form `List-Unsubscribe=One-Click` (RFC 8058 §3.1): read and ignored,
  // in this route's scope only; the web page posts nothing.
  void app.register((scope, _options, registered) => {
    scope.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, _body, done) => {
        done(null, undefined)
      },
    )
    scope.post<{ Params: { token: string } }>('/api/desabonnement/:token', async (request) => {
      return await mailPreferences.unsubscribe(request.params.token)
    })
    registered()
  })
}
