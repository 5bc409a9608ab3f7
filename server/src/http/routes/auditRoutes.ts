import type { FastifyInstance } from 'fastify'
import type { ApiContext } from '../ApiContext.ts'
import { auditCsv } from '../auditCsv.ts'

/** The audit trail, for admins only (`AuditService`): JSON, or CSV to export. */
export function registerAuditRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, audit } = context

  app.get('/api/audit', async (request) => {
    const { actor } = await guard.require(request)
    return { entries: await audit.list(actor) }
  })

  app.get('/api/audit.csv', async (request, reply) => {
    const { actor } = await guard.require(request)
    const entries = await audit.list(actor)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="journal-audit-maillage.csv"')
      .send(auditCsv(entries))
  })
}
