import type { FastifyInstance } from 'fastify'
import { documentPatchSchema, newDocumentSchema } from '../../documents/documentInput.ts'
import { documentListQuerySchema } from '../../documents/documentListQuery.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { presentDocument } from '../presentDocument.ts'

type SpaceParams = { Params: { spaceId: string } }
type DocumentParams = { Params: { documentId: string } }

/**
 * Documents: list per space and shared, create from a kind, rename, share, archive, delete (see
 * `SpaceDocumentService`).
 */
export function registerDocumentRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, spaceDocuments } = context
  const nowMs = (): number => context.timers.now()

  app.get<SpaceParams>('/api/spaces/:spaceId/documents', async (request) => {
    const { actor } = await guard.require(request)
    const query = parseInput(documentListQuerySchema, request.query)
    const records = await spaceDocuments.listOfSpace(actor, request.params.spaceId, query)
    const now = nowMs()
    return { documents: records.map((record) => presentDocument(actor, record, now)) }
  })

  app.get('/api/documents/shared', async (request) => {
    const { actor } = await guard.require(request)
    const records = await spaceDocuments.listShared(actor)
    return { documents: records.map((record) => presentDocument(actor, record, nowMs())) }
  })

  app.post<SpaceParams>('/api/spaces/:spaceId/documents', async (request, reply) => {
    const { actor } = await guard.require(request)
    const input = parseInput(newDocumentSchema, request.body)
    const record = await spaceDocuments.create(actor, request.params.spaceId, input)
    return reply.code(201).send({ document: presentDocument(actor, record, nowMs()) })
  })

  app.get<DocumentParams>('/api/documents/:documentId', async (request) => {
    const { actor } = await guard.require(request)
    const record = await spaceDocuments.get(actor, request.params.documentId)
    const review = await context.comments.reviewRights(actor, record)
    return { document: { ...presentDocument(actor, record, nowMs()), review } }
  })

  app.patch<DocumentParams>('/api/documents/:documentId', async (request) => {
    const { actor } = await guard.require(request)
    const patch = parseInput(documentPatchSchema, request.body)
    const record = await spaceDocuments.change(actor, request.params.documentId, patch)
    return { document: presentDocument(actor, record, nowMs()) }
  })

  app.post<DocumentParams>('/api/documents/:documentId/archive', async (request) => {
    const { actor } = await guard.require(request)
    const record = await spaceDocuments.archive(actor, request.params.documentId)
    return { document: presentDocument(actor, record, nowMs()) }
  })

  app.post<DocumentParams>('/api/documents/:documentId/restore', async (request) => {
    const { actor } = await guard.require(request)
    const record = await spaceDocuments.restore(actor, request.params.documentId)
    return { document: presentDocument(actor, record, nowMs()) }
  })

  app.delete<DocumentParams>('/api/documents/:documentId', async (request, reply) => {
    const { actor } = await guard.require(request)
    await spaceDocuments.delete(actor, request.params.documentId)
    return reply.code(204).send()
  })
}
