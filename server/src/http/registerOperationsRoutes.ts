import type { FastifyInstance } from 'fastify'
import type { Metrics } from '../observability/Metrics.ts'

/**
 * The routes that operators and load balancers use: health and Prometheus metrics. (Unknown
 * addresses are answered by `webApp/registerWebApp.ts`: the web app's page, or the JSON 404.)
 */
export function registerOperationsRoutes(
  app: FastifyInstance,
  options: { metrics: Metrics; isReady: () => boolean },
): void {
  // Every answer is data of the type it declares: browsers must not guess another (MIME sniffing).
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('x-content-type-options', 'nosniff')
  })
  app.get('/healthz', async (_request, reply) => {
    if (!options.isReady()) {
      return reply.code(503).send({ status: 'unavailable' })
    }
    return reply.send({ status: 'ok' })
  })
  app.get('/metrics', async (_request, reply) => {
    const text = await options.metrics.render()
    return reply.type(options.metrics.registry.contentType).send(text)
  })
}
