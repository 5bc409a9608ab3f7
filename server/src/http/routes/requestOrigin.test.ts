import type { FastifyRequest } from 'fastify'
import { describe, expect, it } from 'vitest'
import { requestOrigin } from './requestOrigin.ts'

/** A request whose `Host` a client forged, reaching this server's socket at `localAddress`. */
function forgedRequest(localAddress: string, localPort = 8080): FastifyRequest {
  return {
    protocol: 'https',
    host: 'piege.example',
    headers: { host: 'piege.example' },
    raw: { socket: { localAddress, localPort } },
  } as unknown as FastifyRequest
}

describe('the origin of absolute links', () => {
  it('is MAILLAGE_PUBLIC_URL when set, whatever the request’s headers say', () => {
    expect(requestOrigin(forgedRequest('127.0.0.1'), 'https://maillage.example.fr')).toBe(
      'https://maillage.example.fr',
    )
  })

  it('is the server’s own address and port when MAILLAGE_PUBLIC_URL is unset, never the Host header', () => {
    expect(requestOrigin(forgedRequest('127.0.0.1'), undefined)).toBe('http://127.0.0.1:8080')
    expect(requestOrigin(forgedRequest('::ffff:192.168.1.20', 80), undefined)).toBe(
      'http://192.168.1.20:80',
    )
    expect(requestOrigin(forgedRequest('::1', 8081), undefined)).toBe('http://[::1]:8081')
  })
})
