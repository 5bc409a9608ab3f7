import { stringify } from 'csv-stringify/sync'
import type { WallExportColumn } from './wallExportRows.ts'
import { lazyDateTimeFormat } from '../../../time/lazyIntl.ts'

const PARIS_TIME = lazyDateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
})

/** An instant as Paris wall time (« 07/12/2026 14:05 »), '' when unreadable. */
function parisTime(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? '' : PARIS_TIME.format(time)
}

/**
 * The wall as CSV for French spreadsheets (like `http/tdbCsv.ts`: UTF-8 with a byte order mark,
 * `;`, CRLF, formulas escaped): one row per note — note, group, votes, author (« Anonyme » for
 * anonymous notes), created at (Paris time) — and, with `withHidden`, whether it is hidden.
 */
export function formatWallCsv(columns: readonly WallExportColumn[], withHidden: boolean): string {
  const headers = ['Note', 'Groupe', 'Votes', 'Auteur', 'Créée le']
  const rows = columns.flatMap((column) =>
    column.notes.map((note) => {
      const row = [
        note.text,
        column.label,
        String(note.votes),
        note.author,
        parisTime(note.createdAt),
      ]
      return withHidden ? [...row, note.hidden ? 'oui' : 'non'] : row
    }),
  )
  return stringify(rows, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    header: true,
    columns: withHidden ? [...headers, 'Masquée'] : headers,
  })
}
