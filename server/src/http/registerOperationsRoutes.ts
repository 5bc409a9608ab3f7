import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ErrorCode } from '../errors/AppError.ts'
import { PROMETHEUS_CONTENT_TYPE, type Metrics } from '../observability/Metrics.ts'
import { answerNotFound } from './registerErrorHandler.ts'

/** What {@link registerOperationsRoutes} needs. */
export interface OperationsOptions {
  readonly metrics: Metrics
  readonly isReady: () => boolean
  /** `MAILLAGE_METRICS_TOKEN`: the bearer token `/metrics` requires when set. */
  readonly metricsToken: string | undefined
  /** Without a token, `/metrics` is open in development and absent (404) in production. */
  readonly production: boolean
}

/**
 * The routes that operators and load balancers use: health and Prometheus metrics. (Unknown
 * addresses are answered by `webApp/registerWebApp.ts`: the web app's page, or the JSON 404.)
 * `/metrics` tells room counts, connection counts and timings that are nobody else's business:
 * with a token it answers only `Authorization: Bearer <token>` (401 otherwise); without one, in
 * production, it is not served at all.
 */
export function registerOperationsRoutes(app: FastifyInstance, options: OperationsOptions): void {
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
  const { metricsToken } = options
  app.get('/metrics', async (request, reply) => {
    if (metricsToken === undefined && options.production) return answerNotFound(reply)
    if (metricsToken !== undefined && !hasBearer(request, metricsToken)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send({
          error: {
            code: ErrorCode.Unauthenticated,
            message:
              'Les métriques demandent le jeton MAILLAGE_METRICS_TOKEN (Authorization: Bearer).',
          },
        })
    }
    const text = await options.metrics.render()
    return reply.type(PROMETHEUS_CONTENT_TYPE).send(text)
  })
}

// Compared through their hashes: equal lengths for timingSafeEqual, and no early exit telling
// how much of the token a guess got right.
function hasBearer(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization
  if (header?.startsWith('Bearer ') !== true) return false
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(header.slice(7).trim()), digest(token))
}
