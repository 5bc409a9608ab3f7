import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { MAX_AVIS_POSITION_COMMENT } from '@maillage/schema'
import { ADOPTED_EXPORT_FORMATS } from '../../avis/AdoptionPorts.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'

const positionSchema = z.object({
  position: z.enum(['approbation', 'objection'], {
    error: 'Choisissez «\u00a0approbation\u00a0» ou «\u00a0objection\u00a0».',
  }),
  commentaire: z
    .string({ error: 'Le commentaire est un texte.' })
    .trim()
    .max(MAX_AVIS_POSITION_COMMENT, 'Le commentaire tient en 2\u202f000\u00a0caractères au plus.')
    .default(''),
})

const exportParamsSchema = z.object({
  documentId: z.string(),
  format: z.enum(ADOPTED_EXPORT_FORMATS, {
    error: 'Choisissez le format d’export\u00a0: odt, docx, pdf ou md.',
  }),
})

type AvisParams = { Params: { documentId: string } }

/**
 * The adoption of an avis (`avis/README.md`): `GET /api/documents/:id/adoption` (its state, as the
 * document's `meta` holds it), `POST …/adoption/soumission`, `…/positions` `{ position,
 * commentaire }`, `…/adoption`, `…/retrait`, each answering the new adoption; and
 * `GET …/adoption/export.{odt,docx,pdf,md}`, the adopted version as a file. Who may do what is
 * decided by `AvisService`.
 */
export function registerAvisRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, avis, avisExport } = context
  const path = '/api/documents/:documentId/adoption'

  app.get<AvisParams>(path, async (request) => {
    const { actor } = await guard.require(request)
    return await avis.adoptionOf(actor, request.params.documentId)
  })

  app.post<AvisParams>(`${path}/soumission`, async (request) => {
    const { actor } = await guard.require(request)
    return await avis.submit(actor, request.params.documentId)
  })

  app.post<AvisParams>(`${path}/positions`, async (request) => {
    const { actor } = await guard.require(request)
    const input = parseInput(positionSchema, request.body)
    return await avis.takePosition(actor, request.params.documentId, input)
  })

  app.post<AvisParams>(`${path}/adoption`, async (request) => {
    const { actor } = await guard.require(request)
    return await avis.adopt(actor, request.params.documentId)
  })

  app.post<AvisParams>(`${path}/retrait`, async (request) => {
    const { actor } = await guard.require(request)
    return await avis.withdraw(actor, request.params.documentId)
  })

  app.get(`${path}/export.:format`, async (request, reply) => {
    const { actor } = await guard.require(request)
    const { documentId, format } = parseInput(exportParamsSchema, request.params)
    const file = await avisExport.export(actor, documentId, format)
    return reply
      .type(file.mediaType)
      .header(
        'content-disposition',
        attachmentDisposition(file.fileName.replace(/\.\w+$/, ''), format),
      )
      .header('cache-control', 'no-store')
      .send(Buffer.from(file.bytes))
  })
}
