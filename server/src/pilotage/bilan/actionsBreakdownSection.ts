import type { RichTextJson } from '@maillage/protocol'
import {
  FICHE_ACTION_STATUS_OPTIONS,
  THEMATIQUE_OPTIONS,
  optionLabel,
  type RegionalView,
} from '@maillage/schema'
import { formatCount, formatShare } from './formatBilanFigures.ts'
import { heading, paragraph, table, text } from './richTextNodes.ts'
import { FICHES_SOURCE, sourceLine } from './sourceLine.ts'

function shareOf(count: number, total: number): string {
  return formatShare(total === 0 ? null : count / total)
}

/** The statuses in their life order, then the actions without a status when there are some. */
function statusRows(view: RegionalView): string[][] {
  const { byStatus, actions } = view.totals
  const rows = FICHE_ACTION_STATUS_OPTIONS.map((option) => {
    const count = byStatus[option.value] ?? 0
    return [option.label, formatCount(count), shareOf(count, actions)]
  })
  const unset = byStatus[''] ?? 0
  if (unset > 0) rows.push(['Sans statut', formatCount(unset), shareOf(unset, actions)])
  return rows
}

/** The thématiques chosen at least once, most frequent first, with the CLPE that address them. */
function thematiqueRows(view: RegionalView): string[][] {
  return Object.entries(view.totals.byThematique)
    .filter(([, count]) => count > 0)
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([value, count]) => {
      const clpe = view.rows.filter((row) => (row.byThematique[value] ?? 0) > 0).length
      return [
        optionLabel(THEMATIQUE_OPTIONS, value) || value,
        formatCount(count),
        formatCount(clpe),
      ]
    })
}

/**
 * « Actions par statut et par thématique »: two tables over every CLPE. An action counts once in
 * each of its thématiques, so that table does not add up to the number of actions.
 */
export function actionsBreakdownSection(view: RegionalView, figuresDay: string): RichTextJson[] {
  const themes = thematiqueRows(view)
  return [
    heading(2, 'Actions par statut et par thématique'),
    heading(3, 'Par statut'),
    table(['Statut', 'Actions', 'Part des actions'], statusRows(view)),
    heading(3, 'Par thématique'),
    themes.length === 0
      ? paragraph(text('Aucune action n’a encore de thématique renseignée.'))
      : table(['Thématique', 'Actions', 'CLPE concernés'], themes),
    paragraph(
      text(
        'Une action peut relever de plusieurs thématiques : elle est comptée dans chacune d’elles.',
      ),
    ),
    sourceLine(FICHES_SOURCE, figuresDay),
  ]
}
