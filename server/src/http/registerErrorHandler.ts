import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { statusOf } from './statusOf.ts'

/**
 * Makes every error answer `{ "error": { "code", "message", "details"? } }`: `AppError`s with their
 * own status, Fastify's own errors (bad JSON, body too large) with a French message, anything else
 * as a logged 500 that reveals nothing.
 */
export function registerErrorHandler(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) {
        void reply.header('retry-after', String(error.retryAfterSeconds))
      }
      return reply.code(statusOf(error.code)).send({
        error: { code: error.code, message: error.message, details: error.details },
      })
    }
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error
        ? Number(error.statusCode)
        : 500
    if (status === 413) {
      return reply.code(413).send({
        error: { code: 'PAYLOAD_TOO_LARGE', message: 'La requête est trop volumineuse.' },
      })
    }
    if (status >= 400 && status < 500) {
      return reply.code(400).send({
        error: {
          code: ErrorCode.ValidationFailed,
          message: 'La requête est illisible : elle doit être du JSON valide.',
        },
      })
    }
    logger.error({ err: error, url: request.url, method: request.method }, 'request failed')
    return reply.code(500).send({
      error: {
        code: ErrorCode.Internal,
        message:
          'Une erreur inattendue est survenue. Réessayez ; si elle persiste, prévenez l’équipe régionale.',
      },
    })
  })
}
