import type { FastifyRequest } from 'fastify'

/**
 * The origin the request was addressed to (`https://maillage.example.fr`), to build absolute
 * links handed to other applications (calendar feeds, event URLs). Behind a proxy, in production,
 * Fastify reads the scheme and host from `X-Forwarded-Proto` and `X-Forwarded-Host`.
 */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`
}
