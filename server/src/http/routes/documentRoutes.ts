import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { DocumentKind, KINDS_WITH_OWN_WORKFLOW } from '@maillage/schema'
import {
  canCreateDocumentIn,
  documentAccess,
  canDeleteDocument,
  canEditDocumentRecord,
  canSeeSpaceContent,
} from '../../auth/accessPolicy.ts'
import type { Actor } from '../../auth/Actor.ts'
import type { DocumentRecord } from '../../persistence/records/DocumentRecord.ts'
import type { ApiContext } from '../ApiContext.ts'
import { parseInput } from '../parseInput.ts'
import { presentDocument } from '../presentDocument.ts'
import { matchesDocumentListQuery, parseDocumentListQuery } from './documentListQuery.ts'
import { loadReadableDocument } from './loadReadableDocument.ts'
import { assertAllowed } from '../../auth/assertAllowed.ts'
import { loadSpace } from '../../spaces/loadSpace.ts'

const titleSchema = z
  .string()
  .trim()
  .min(1, 'Donnez un titre au document.')
  .max(300, 'Le titre ne doit pas dépasser 300 caractères.')

const newDocumentSchema = z.object({
  kind: z
    .enum(Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]], {
      error: 'Choisissez un type de document.',
    })
    .refine((kind) => !KINDS_WITH_OWN_WORKFLOW.has(kind), {
      error:
        'Un atelier se crée depuis le programme des ateliers, un échange depuis la page Échanges.',
    }),
  title: titleSchema,
})

const documentPatchSchema = z
  .object({ title: titleSchema.optional(), sharedWithAll: z.boolean().optional() })
  .refine((patch) => patch.title !== undefined || patch.sharedWithAll !== undefined, {
    error: 'Indiquez le nouveau titre ou le partage.',
  })

/** Documents: list per space and shared, create from a kind, rename, share, archive, delete. */
export function registerDocumentRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store, documents } = context
  const nowMs = (): number => context.timers.now()

  const loadReadable = (actor: Actor, documentId: string): Promise<DocumentRecord> =>
    loadReadableDocument(store, actor, documentId)

  app.get<{ Params: { spaceId: string } }>('/api/spaces/:spaceId/documents', async (request) => {
    const { actor } = await guard.require(request)
    const space = await loadSpace(store, request.params.spaceId)
    const query = parseDocumentListQuery(request.query)
    const all = await store.listDocumentsOfSpace(space.id)
    // Non-members see only what the space shares with all territories; nobody sees another
    // person's private documents.
    const visible = (
      canSeeSpaceContent(actor, space.id) ? all : all.filter((d) => d.sharedWithAll)
    ).filter((record) => documentAccess(actor, record) !== null)
    const now = nowMs()
    return {
      documents: visible
        .filter((record) => matchesDocumentListQuery(record, query, now))
        .map((record) => presentDocument(actor, record, now)),
    }
  })

  app.get('/api/documents/shared', async (request) => {
    const { actor } = await guard.require(request)
    const shared = await store.listSharedDocuments()
    return {
      documents: shared
        .filter((record) => documentAccess(actor, record) !== null)
        .map((record) => presentDocument(actor, record, nowMs())),
    }
  })

  app.post<{ Params: { spaceId: string } }>(
    '/api/spaces/:spaceId/documents',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const space = await loadSpace(store, request.params.spaceId)
      assertAllowed(
        canCreateDocumentIn(actor, space.id),
        'Seuls les contributeurs et animateurs de l’espace créent des documents.',
      )
      const input = parseInput(newDocumentSchema, request.body)
      await documents.admitCreation(actor)
      const record = await documents.create(actor, { spaceId: space.id, ...input })
      return reply.code(201).send({ document: presentDocument(actor, record, nowMs()) })
    },
  )

  app.get<{ Params: { documentId: string } }>('/api/documents/:documentId', async (request) => {
    const { actor } = await guard.require(request)
    return {
      document: presentDocument(
        actor,
        await loadReadable(actor, request.params.documentId),
        nowMs(),
      ),
    }
  })

  app.patch<{ Params: { documentId: string } }>('/api/documents/:documentId', async (request) => {
    const { actor } = await guard.require(request)
    let record = await loadReadable(actor, request.params.documentId)
    assertAllowed(
      canEditDocumentRecord(actor, record) && record.archivedAt === undefined,
      'Vous ne pouvez pas modifier ce document.',
    )
    const patch = parseInput(documentPatchSchema, request.body)
    if (patch.title !== undefined) record = await documents.rename(record, patch.title)
    if (patch.sharedWithAll !== undefined) {
      record = await documents.share(record, patch.sharedWithAll)
    }
    return { document: presentDocument(actor, record, nowMs()) }
  })

  app.post<{ Params: { documentId: string } }>(
    '/api/documents/:documentId/archive',
    async (request) => {
      const { actor } = await guard.require(request)
      const record = await loadReadable(actor, request.params.documentId)
      assertAllowed(
        canEditDocumentRecord(actor, record),
        'Vous ne pouvez pas archiver ce document.',
      )
      return { document: presentDocument(actor, await documents.archive(actor, record), nowMs()) }
    },
  )

  app.post<{ Params: { documentId: string } }>(
    '/api/documents/:documentId/restore',
    async (request) => {
      const { actor } = await guard.require(request)
      const record = await loadReadable(actor, request.params.documentId)
      assertAllowed(
        canEditDocumentRecord(actor, record),
        'Vous ne pouvez pas restaurer ce document.',
      )
      return { document: presentDocument(actor, await documents.restore(actor, record), nowMs()) }
    },
  )

  app.delete<{ Params: { documentId: string } }>(
    '/api/documents/:documentId',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const record = await loadReadable(actor, request.params.documentId)
      assertAllowed(
        canDeleteDocument(actor, record),
        'Seuls les animateurs de l’espace suppriment un document.',
      )
      await documents.delete(actor, record)
      return reply.code(204).send()
    },
  )
}
