import type { AuditEntry } from '../persistence/records/AuditEntry.ts'

const CSV_COLUMNS = ['at', 'action', 'actorId', 'target', 'ip', 'details'] as const

/** The audit trail as CSV (comma-separated, CRLF), spreadsheet formulas defused. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [CSV_COLUMNS.join(','), ...entries.map(toCsvLine)]
  return `${lines.join('\r\n')}\r\n`
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
