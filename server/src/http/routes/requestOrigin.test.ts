import type { FastifyRequest } from 'fastify'
import { describe, expect, it } from 'vitest'
import { requestOrigin } from './requestOrigin.ts'

// What Fastify reads from `Host` (or `X-Forwarded-Host` behind a trusted proxy): a client's word.
const forged = { protocol: 'https', host: 'piege.example' } as FastifyRequest

describe('the origin of absolute links', () => {
  it('is MAILLAGE_PUBLIC_URL when set, whatever the request’s headers say', () => {
    expect(requestOrigin(forged, 'https://maillage.example.fr')).toBe('https://maillage.example.fr')
  })

  it('falls back to the request’s origin when MAILLAGE_PUBLIC_URL is unset', () => {
    expect(requestOrigin(forged, undefined)).toBe('https://piege.example')
  })
})
