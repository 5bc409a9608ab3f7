import type { FastifyInstance } from 'fastify'
import { calendarWindowSchema } from '../../governanceCalendar/calendarWindow.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { requestOrigin } from './requestOrigin.ts'

/**
 * The governance's calendar (`GovernanceCalendarService`): the entries of a window, the `.ics`
 * file of the signed-in person, their subscription address (managed with their session), and the
 * feed calendar applications fetch with the address's token as only credential.
 */
export function registerGovernanceCalendarRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, governanceCalendar: calendar } = context

  app.get('/api/gouvernance/calendrier', async (request) => {
    const { actor } = await guard.require(request)
    return calendar.list(actor, parseInput(calendarWindowSchema, request.query))
  })

  app.get('/api/gouvernance/calendrier.ics', async (request, reply) => {
    const { actor } = await guard.require(request)
    const ics = await calendar.ics(actor, requestOrigin(request, context.publicUrl))
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="calendrier-gouvernance.ics"')
      .header('cache-control', 'no-store')
      .send(ics)
  })

  app.get('/api/gouvernance/calendrier/abonnement', async (request) => {
    const { actor } = await guard.require(request)
    return calendar.status(actor)
  })

  app.post('/api/gouvernance/calendrier/abonnement', async (request, reply) => {
    const { actor } = await guard.require(request)
    return reply
      .code(201)
      .send(await calendar.create(actor, requestOrigin(request, context.publicUrl)))
  })

  app.delete('/api/gouvernance/calendrier/abonnement', async (request, reply) => {
    const { actor } = await guard.require(request)
    await calendar.revoke(actor)
    return reply.code(204).send()
  })

  app.get<{ Params: { token: string } }>(
    '/api/gouvernance/calendrier/abonnement/:token.ics',
    async (request, reply) => {
      const ics = await calendar.feed(
        request.params.token,
        requestOrigin(request, context.publicUrl),
      )
      if (ics === null) {
        return reply
          .code(404)
          .header('content-type', 'text/plain; charset=utf-8')
          .send(
            'Cette adresse d’abonnement au calendrier de la gouvernance n’existe pas ou a été ' +
              'révoquée. Créez-en une nouvelle depuis la page « Calendrier » de la Gouvernance.',
          )
      }
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(ics)
    },
  )
}
