import type { FastifyInstance } from 'fastify'
import type { ApiContext } from '../ApiContext.ts'
import { requestOrigin } from './requestOrigin.ts'

/**
 * The calendar of the programme: each person's subscription address (managed with their
 * session), and the feed itself, which calendar applications fetch with the token of the address
 * as only credential.
 */
export function registerCalendarRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard } = context
  const { calendars } = context.ateliers

  app.get('/api/calendrier', async (request) => {
    const { actor } = await guard.require(request)
    return calendars.status(actor)
  })

  app.post('/api/calendrier', async (request, reply) => {
    const { actor } = await guard.require(request)
    return reply
      .code(201)
      .send(await calendars.create(actor, requestOrigin(request, context.publicUrl)))
  })

  app.delete('/api/calendrier', async (request, reply) => {
    const { actor } = await guard.require(request)
    await calendars.revoke(actor)
    return reply.code(204).send()
  })

  app.get<{ Params: { token: string } }>('/api/calendrier/:token.ics', async (request, reply) => {
    const ics = await calendars.feed(
      request.params.token,
      requestOrigin(request, context.publicUrl),
    )
    if (ics === null) {
      return reply
        .code(404)
        .header('content-type', 'text/plain; charset=utf-8')
        .send(
          'Cette adresse d’abonnement au calendrier des ateliers n’existe pas ou a été révoquée. ' +
            'Créez-en une nouvelle depuis la page « Ateliers » de Maillage.',
        )
    }
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(ics)
  })
}
