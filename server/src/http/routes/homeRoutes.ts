import type { FastifyInstance } from 'fastify'
import type { HomeView } from '@maillage/protocol'
import type { ApiContext } from '../ApiContext.ts'
import { presentDocument } from '../presentDocument.ts'

/** `GET /api/home`: the accueil of the signed-in person (see `HomeService`). */
export function registerHomeRoutes(app: FastifyInstance, context: ApiContext): void {
  const { home } = context

  app.get('/api/home', async (request) => {
    const { actor } = await context.guard.require(request)
    const opened = await home.open(actor)
    const nowMs = context.timers.now()
    return {
      previousVisitAt: opened.previousVisitAt,
      recent: opened.recent.map((record) => presentDocument(actor, record, nowMs)),
      changedSinceLastVisit: opened.changedSinceLastVisit.map((record) =>
        presentDocument(actor, record, nowMs),
      ),
      avisDeadlines: opened.avisDeadlines.map((deadline) => ({
        document: presentDocument(actor, deadline.record, nowMs),
        dateLimite: deadline.dateLimite,
        daysLeft: deadline.daysLeft,
      })),
    } satisfies HomeView
  })
}
