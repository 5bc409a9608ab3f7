import type { FastifyRequest } from 'fastify'

/**
 * The origin of absolute links handed to other applications (calendar feeds, event URLs):
 * `publicUrl` (`MAILLAGE_PUBLIC_URL`) when set, else the origin the request was addressed to.
 * Behind a proxy, in production, Fastify reads that scheme and host from `X-Forwarded-Proto` and
 * `X-Forwarded-Host`, which a client may forge unless the proxy overwrites them: set
 * `MAILLAGE_PUBLIC_URL` in production.
 */
export function requestOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`
}
