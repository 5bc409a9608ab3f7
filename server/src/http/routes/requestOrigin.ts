import { isIPv6 } from 'node:net'
import type { FastifyRequest } from 'fastify'

/**
 * The origin of absolute links handed to other applications (calendar feeds, event URLs):
 * `publicUrl` (`MAILLAGE_PUBLIC_URL`) when set, else the address and port of this server that the
 * request's connection reached. Never the `Host` or `X-Forwarded-Host` header: a client chooses
 * those, and a feed built from them would send its subscribers wherever the client said. Behind
 * a proxy the socket's address is an internal one: set `MAILLAGE_PUBLIC_URL` in production.
 */
export function requestOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl
  const { localAddress = '127.0.0.1', localPort } = request.raw.socket
  // A dual-stack socket shows an IPv4 client's address as ::ffff:a.b.c.d.
  const address = localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  const host = isIPv6(address) ? `[${address}]` : address
  return `http://${host}${localPort === undefined ? '' : `:${localPort}`}`
}
