import type { FastifyInstance } from 'fastify'
import { lettrePrepareSchema } from '../../lettre/lettreInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

/**
 * The lettre d’information (`LettreService`): the archive of published numéros for every member;
 * preparing, proof-reading and publishing a numéro for the regional team.
 */
export function registerLettreRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, lettres } = context

  app.get('/api/lettres', async (request) => {
    const { actor } = await guard.require(request)
    return await lettres.list(actor)
  })

  app.post('/api/lettres', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(lettrePrepareSchema, request.body ?? {})
    return reply.code(201).send(await lettres.prepare(actor, input))
  })

  app.get<{ Params: { id: string } }>('/api/lettres/:id', async (request) => {
    const { actor } = await guard.require(request)
    return await lettres.read(actor, request.params.id)
  })

  app.post<{ Params: { id: string } }>('/api/lettres/:id/relecture', async (request) => {
    const { actor } = await guard.require(request)
    return await lettres.proofread(actor, request.params.id)
  })

  app.post<{ Params: { id: string } }>('/api/lettres/:id/publication', async (request) => {
    const { actor } = await guard.require(request)
    return await lettres.publish(actor, request.params.id)
  })
}
