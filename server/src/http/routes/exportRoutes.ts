import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { FicheActionExportView } from '@maillage/protocol'
import type { ApiContext } from '../ApiContext.ts'
import { attachmentDisposition } from '../attachmentDisposition.ts'
import { parseInput } from '../parseInput.ts'
import { formatTdbCsv } from '../tdbCsv.ts'

const exportQuerySchema = z.object({
  format: z
    .enum(['csv', 'json'], { error: 'Choisissez le format d’export : « csv » ou « json ».' })
    .default('csv'),
})

/**
 * `GET /api/documents/:documentId/export?format=csv|json`: the fiches action of a fiche action or
 * of a feuille de route in the TDB RPE field order (see `exportFichesAction`), as a CSV file for
 * French spreadsheets (default) or as `FicheActionExportView`. Whoever may read the document may
 * export it; each export is audited. A document that cannot be read answers 422
 * `DOCUMENT_UNREADABLE` naming it (and is logged with its id), never a 500.
 */
export function registerExportRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, documentExports } = context

  app.get<{ Params: { documentId: string } }>(
    '/api/documents/:documentId/export',
    async (request, reply) => {
      const { actor } = await guard.require(request)
      const { format } = parseInput(exportQuerySchema, request.query)
      const { record, view } = await documentExports.exportFiches(
        actor,
        request.params.documentId,
        format,
      )
      if (format === 'json') {
        // Named after the fiche like the CSV: without it the browser saves « export.json ».
        reply
          .header('content-disposition', attachmentDisposition(record.title, 'json'))
          .header('cache-control', 'no-store')
        return view satisfies FicheActionExportView
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachmentDisposition(record.title, 'csv'))
        .header('cache-control', 'no-store')
        .send(formatTdbCsv(view))
    },
  )
}
