import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { DELETION_CONFIRMATION } from '../../privacy/AccountDeletion.ts'
import { renderPersonalDataHtml } from '../../privacy/renderPersonalDataHtml.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'
import { clearSessionCookie } from '../sessionCookie.ts'
import { requestOrigin } from './requestOrigin.ts'

const deletionSchema = z.object({
  confirmation: z.literal(DELETION_CONFIRMATION, {
    error: `Tapez ${DELETION_CONFIRMATION} en majuscules pour confirmer la suppression.`,
  }),
  password: z.string().max(200).optional(),
})

/** « Mes données » (JSON and readable HTML) and the deletion of one's account. */
export function registerPrivacyRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, privacy } = context

  app.get('/api/me/donnees', async (request, reply) => {
    const { actor } = await guard.require(request)
    const data = await privacy.export.collect(actor, requestOrigin(request, context.publicUrl))
    return reply
      .header('content-disposition', attachmentDisposition('mes-donnees-maillage', 'json'))
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(`${JSON.stringify(data, null, 2)}\n`)
  })

  app.get('/api/me/donnees.html', async (request, reply) => {
    const { actor } = await guard.require(request)
    const data = await privacy.export.collect(actor, requestOrigin(request, context.publicUrl))
    return reply
      .header('content-disposition', attachmentDisposition('mes-donnees-maillage', 'html'))
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPersonalDataHtml(data))
  })

  app.delete('/api/me', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(deletionSchema, request.body)
    await privacy.deletion.deleteOwnAccount(actor, input.password, request.ip)
    clearSessionCookie(reply, context)
    return reply.code(204).send()
  })
}
