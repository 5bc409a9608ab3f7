import type { FastifyInstance } from 'fastify'
import { isAdmin } from '../../auth/accessPolicy.ts'
import type { AuditEntry } from '../../persistence/records/AuditEntry.ts'
import type { ApiContext } from '../ApiContext.ts'
import { assertAllowed } from './loadSpace.ts'

const CSV_COLUMNS = ['at', 'action', 'actorId', 'target', 'ip', 'details'] as const

/** The audit trail, for admins only: JSON, or CSV to export. */
export function registerAuditRoutes(app: FastifyInstance, context: ApiContext): void {
  const { guard, store } = context

  app.get('/api/audit', async (request) => {
    const { actor } = await guard.require(request)
    assertAllowed(isAdmin(actor), 'Le journal d’audit est réservé à l’équipe régionale.')
    return { entries: await store.listAudit() }
  })

  app.get('/api/audit.csv', async (request, reply) => {
    const { actor } = await guard.require(request)
    assertAllowed(isAdmin(actor), 'Le journal d’audit est réservé à l’équipe régionale.')
    const entries = await store.listAudit()
    const lines = [CSV_COLUMNS.join(','), ...entries.map(toCsvLine)]
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="journal-audit-maillage.csv"')
      .send(`${lines.join('\r\n')}\r\n`)
  })
}

function toCsvLine(entry: AuditEntry): string {
  const values = [
    entry.at,
    entry.action,
    entry.actorId ?? '',
    entry.target ?? '',
    entry.ip ?? '',
    entry.details === undefined ? '' : JSON.stringify(entry.details),
  ]
  return values.map(toCsvField).join(',')
}

/** Quotes a CSV field, and defuses spreadsheet formulas (a leading =, +, - or @). */
function toCsvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
