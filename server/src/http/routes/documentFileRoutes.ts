import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import { EXPORT_FORMATS, type ExportFormat } from '../../exports/ExportFormat.ts'
import type { ExportedFile } from '../../exports/writeExportFile.ts'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'

const formatParamsSchema = z.object({
  format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]], {
    error: 'Choisissez le format d’export : « odt », « docx », « pdf » ou « md ».',
  }),
})

type FileParams = { Params: { documentId: string; format: string } }

/**
 * `GET /api/documents/:documentId/export.{odt,docx,pdf,md}`: the document as a file (title,
 * fields by section, rich text, the space and day of export in the footer);
 * `GET /api/documents/:documentId/dossier.{odt,docx,pdf,md}`: a feuille de route and the fiches
 * action it links, in one file. Whoever may read the document may export it (404 else); 20
 * exports a minute per account (429 `RATE_LIMITED`); each is audited. ODT and PDF answer 503
 * `EXPORT_CONVERTER_MISSING` where LibreOffice is not installed, `EXPORT_BUSY` when too many
 * conversions wait.
 */
export function registerDocumentFileRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, exports } = context

  app.get<FileParams>('/api/documents/:documentId/export.:format', async (request, reply) => {
    const { actor } = await guard.require(request)
    const { format } = parseInput(formatParamsSchema, request.params)
    const file = await exports.documentFiles.exportFile(actor, request.params.documentId, format)
    return sendFile(reply, file, format)
  })

  app.get<FileParams>('/api/documents/:documentId/dossier.:format', async (request, reply) => {
    const { actor } = await guard.require(request)
    const { format } = parseInput(formatParamsSchema, request.params)
    const file = await exports.documentFiles.exportDossier(actor, request.params.documentId, format)
    return sendFile(reply, file, format)
  })
}

function sendFile(reply: FastifyReply, file: ExportedFile, format: ExportFormat): FastifyReply {
  const name = file.fileName.slice(0, file.fileName.length - format.length - 1)
  return reply
    .type(file.mediaType)
    .header('content-disposition', attachmentDisposition(name, format))
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength))
}
