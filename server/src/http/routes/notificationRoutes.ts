import type { FastifyInstance } from 'fastify'
import type { ApiContext } from '../ApiContext.ts'

/** The signed-in person's in-app notifications. */
export function registerNotificationRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, notifications } = context

  app.get('/api/notifications', async (request) => {
    const { actor } = await guard.require(request)
    return await notifications.listOf(actor.account.id)
  })

  // « Tout marquer comme lu »: the person's unread notifications, in one write of the store.
  app.post('/api/notifications/lues', async (request) => {
    const { actor } = await guard.require(request)
    return await notifications.markAllRead(actor.account.id)
  })

  app.post<{ Params: { notificationId: string } }>(
    '/api/notifications/:notificationId/read',
    async (request) => {
      const { actor } = await guard.require(request)
      return {
        notification: await notifications.markRead(actor.account.id, request.params.notificationId),
      }
    },
  )
}
