import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { lazySchemaCompilers } from './lazySchemaCompilers.ts'

describe('lazySchemaCompilers', () => {
  it('validates and serializes with Fastify’s defaults once a route declares a schema', async () => {
    const app = Fastify({
      logger: false,
      schemaController: { compilersFactory: lazySchemaCompilers },
    })
    app.post(
      '/echo',
      {
        schema: {
          body: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' } },
          },
          response: {
            200: { type: 'object', properties: { name: { type: 'string' } } },
          },
        },
      },
      (request) => ({ ...(request.body as { name: string }), secret: 'not serialized' }),
    )
    try {
      const refused = await app.inject({ method: 'POST', url: '/echo', payload: { other: 1 } })
      expect(refused.statusCode).toBe(400)
      const accepted = await app.inject({
        method: 'POST',
        url: '/echo',
        payload: { name: 'Lille' },
      })
      expect(accepted.statusCode).toBe(200)
      // The response schema's serializer keeps only the declared properties.
      expect(accepted.json()).toEqual({ name: 'Lille' })
    } finally {
      await app.close()
    }
  })
})
