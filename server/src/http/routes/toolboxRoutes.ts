import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { MAX_USAGE_COMMENT_LENGTH } from '../../persistence/records/ToolUsage.ts'
import { toolCatalogueQuerySchema } from '../../toolbox/toolCatalogueQuery.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

const rating = (what: string) =>
  z
    .number({ error: `Notez ${what} de 1 à 5.` })
    .int(`Notez ${what} de 1 à 5.`)
    .min(1, `Notez ${what} de 1 à 5.`)
    .max(5, `Notez ${what} de 1 à 5.`)

const usageBodySchema = z.object({
  spaceId: z.string({ error: 'Indiquez le CLPE concerné.' }).min(1, 'Indiquez le CLPE concerné.'),
  used: z.boolean({ error: 'Indiquez si votre CLPE utilise l’outil.' }),
  // Not rated until chosen: absent or null.
  usefulness: rating('l’utilité').nullish(),
  ease: rating('la facilité de prise en main').nullish(),
  comment: z
    .string()
    .trim()
    .max(MAX_USAGE_COMMENT_LENGTH, 'Le commentaire ne doit pas dépasser 1 000 caractères.')
    .default(''),
})

const spaceQuerySchema = z.object({ spaceId: z.string().min(1).optional() })
const requiredSpaceQuerySchema = z.object({
  spaceId: z.string({ error: 'Indiquez le CLPE concerné.' }).min(1, 'Indiquez le CLPE concerné.'),
})

/** The catalogue of the boîte à outils and the usage CLPE report of its tools. */
export function registerToolboxRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard } = context
  const { catalogue, usage } = context.toolbox

  app.get('/api/toolbox/tools', async (request) => {
    const { actor } = await guard.require(request)
    const query = parseInput(toolCatalogueQuerySchema, request.query)
    return { tools: await catalogue.list(actor, query) }
  })

  app.put<{ Params: { documentId: string } }>(
    '/api/toolbox/tools/:documentId/usage',
    async (request) => {
      const { actor } = await guard.require(request)
      const body = parseInput(usageBodySchema, request.body)
      return { usage: await usage.mark(actor, request.params.documentId, body) }
    },
  )

  app.delete<{ Params: { documentId: string } }>(
    '/api/toolbox/tools/:documentId/usage',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      // The CLPE is named in the query (`?spaceId=`) or, for clients that send one, the body.
      const query = parseInput(requiredSpaceQuerySchema, {
        ...(isObject(request.body) ? request.body : {}),
        ...(isObject(request.query) ? request.query : {}),
      })
      await usage.unmark(actor, request.params.documentId, query.spaceId)
      return reply.code(204).send()
    },
  )

  app.get('/api/toolbox/usage', async (request) => {
    const { actor } = await guard.require(request)
    const query = parseInput(spaceQuerySchema, request.query)
    return { usages: await usage.list(actor, query.spaceId) }
  })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
