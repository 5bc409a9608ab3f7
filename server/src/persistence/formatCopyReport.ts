import type { CopyReport } from './copyToPostgres.ts'

/** The French summary of a copy into PostgreSQL that the operator reads, one line per fact. */
export function formatCopyReport(report: CopyReport): string {
  const lines = [`Documents copiés : ${report.documents}`, 'Enregistrements par type :']
  for (const [kind, count] of Object.entries(report.records)) lines.push(`  ${kind} : ${count}`)
  lines.push(`Entrées du journal d'audit : ${report.auditEntries}`)
  const { mismatches, documentsCompared } = report.verification
  if (mismatches.length === 0) {
    lines.push(
      `Vérification OK : ${documentsCompared} document(s) identiques à la source, ` +
        'enregistrements et journal d’audit identiques.',
    )
  } else {
    lines.push(`Vérification ÉCHOUÉE : ${mismatches.length} différence(s) avec la source :`)
    for (const mismatch of mismatches) lines.push(`  - ${mismatch}`)
  }
  return `${lines.join('\n')}\n`
}
