import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Logger } from 'pino'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { statusOf } from './statusOf.ts'

/**
 * Makes every error answer `{ "error": { "code", "message", "details"? } }`: `AppError`s with their
 * own status (a `DOCUMENT_UNREADABLE` also logged, with the document's id), Fastify's own errors
 * (bad JSON, body too large) with a French message, anything else as a logged 500 that reveals
 * nothing.
 */
export function registerErrorHandler(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === ErrorCode.DocumentUnreadable) {
        logger.error(
          { err: error, url: request.url, ...error.details },
          'a document cannot be read',
        )
      }
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

/**
 * Answers the errors Fastify raises while routing, before any handler (a path parameter longer
 * than its router accepts, a malformed percent-encoding), as the 404 of an unknown address: no
 * address of this server has such a path, and Fastify's own answer would echo the path in English.
 * Passed to Fastify as its `frameworkErrors` option.
 */
export function answerRoutingError(
  _error: unknown,
  _request: unknown,
  reply: Pick<FastifyReply, 'code'>,
): void {
  void answerNotFound(reply)
}

/** Answers the JSON 404 of an address this server does not have. */
export function answerNotFound(reply: Pick<FastifyReply, 'code'>): FastifyReply {
  return reply.code(statusOf(ErrorCode.NotFound)).send({
    error: {
      code: ErrorCode.NotFound,
      message: 'Cette adresse n’existe pas sur ce serveur Maillage.',
    },
  })
}
