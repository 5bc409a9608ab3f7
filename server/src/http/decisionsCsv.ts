import { stringify } from 'csv-stringify/sync'
import type { DecisionStatusName, DecisionView } from '@maillage/protocol'

const STATUS_LABELS: Readonly<Record<DecisionStatusName, string>> = {
  'a-faire': 'À faire',
  'en-cours': 'En cours',
  fait: 'Fait',
  abandonne: 'Abandonné',
}

const HEADERS = [
  'Date',
  'Instance',
  'Décision',
  'Objet',
  'Responsable',
  'Échéance',
  'Statut',
  'En retard',
  'Origine',
] as const

/**
 * The register's filtered decisions as CSV for French spreadsheets, like the tableau de bord's
 * export (`tdbCsv.ts`): UTF-8 with a byte order mark, `;`, CRLF, a header row, formulas defused.
 */
export function formatDecisionsCsv(decisions: readonly DecisionView[]): string {
  return stringify(
    decisions.map((decision) => [
      decision.decidedOn,
      decision.instanceName,
      decision.text,
      decision.subject?.label ?? '',
      decision.owner?.name ?? '',
      decision.dueOn ?? '',
      STATUS_LABELS[decision.status],
      decision.overdue ? 'oui' : 'non',
      decision.source.label,
    ]),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      escape_formulas: true,
      header: true,
      columns: [...HEADERS],
    },
  )
}
