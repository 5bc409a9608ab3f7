import { stringify } from 'csv-stringify/sync'
import type { FicheActionExportView } from '@maillage/protocol'

/**
 * An export as CSV for French spreadsheets: UTF-8 with a byte order mark (so Excel reads accents),
 * `;` between fields, CRLF between records, a header row of the column headers, then one record
 * per row in the columns' order. Values starting like a formula (`=`, `+`, `-`, `@`) get a `'` in
 * front, so that opening the file never runs what someone typed into a fiche.
 */
export function formatTdbCsv(view: FicheActionExportView): string {
  return stringify(
    view.rows.map((row) => view.columns.map((column) => row[column.key] ?? '')),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      escape_formulas: true,
      header: true,
      columns: view.columns.map((column) => column.header),
    },
  )
}
