import type { FastifyInstance } from 'fastify'
import { versionCreateSchema, versionParamSchema } from '../../versions/versionInput.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'

type DocumentParams = { Params: { documentId: string } }
type VersionParams = { Params: { documentId: string; versionId: string } }
type ComparisonParams = { Params: { documentId: string; a: string; b: string } }

/**
 * The version history of a document (see `versions/`): list, name the current state, view one
 * version, compare two (either may be `actuelle`), restore one. Readers list, view and compare;
 * editors name and restore.
 */
export function registerVersionRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, versions } = context

  app.get<DocumentParams>('/api/documents/:documentId/versions', async (request) => {
    const { actor } = await guard.require(request)
    return { versions: await versions.list(actor, request.params.documentId) }
  })

  app.post<DocumentParams>('/api/documents/:documentId/versions', async (request, reply) => {
    const { actor } = await guard.require(request)
    const { nom } = parseInput(versionCreateSchema, request.body)
    const version = await versions.createNamed(actor, request.params.documentId, nom)
    return reply.code(201).send({ version })
  })

  app.get<VersionParams>('/api/documents/:documentId/versions/:versionId', async (request) => {
    const { actor } = await guard.require(request)
    const versionId = parseInput(versionParamSchema, request.params.versionId)
    return versions.view(actor, request.params.documentId, versionId)
  })

  app.get<ComparisonParams>(
    '/api/documents/:documentId/versions/:a/comparaison/:b',
    async (request) => {
      const { actor } = await guard.require(request)
      const from = parseInput(versionParamSchema, request.params.a)
      const to = parseInput(versionParamSchema, request.params.b)
      return versions.compare(actor, request.params.documentId, from, to)
    },
  )

  app.post<VersionParams>(
    '/api/documents/:documentId/versions/:versionId/restauration',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const versionId = parseInput(versionParamSchema, request.params.versionId)
      const restored = await versions.restore(actor, request.params.documentId, versionId)
      return reply.code(201).send(restored)
    },
  )
}
