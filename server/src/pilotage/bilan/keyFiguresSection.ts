import type { RichTextJson } from '@maillage/protocol'
import { FicheActionStatus, type RegionalRow, type RegionalView } from '@maillage/schema'
import { countOf, formatCount, formatQuality, formatShare } from './formatBilanFigures.ts'
import { heading, paragraph, table, text } from './richTextNodes.ts'
import { FICHES_SOURCE, sourceLine } from './sourceLine.ts'

const HEADERS = [
  'CLPE',
  'Actions',
  'En cours',
  'Terminées',
  'À actualiser',
  'Part des actions avec un indicateur de résultat ou d’impact quantifié et daté',
  'Qualité moyenne des fiches',
] as const

type Figures = Omit<RegionalRow, 'spaceId' | 'name' | 'departement' | 'maturity'>

function statusCount(figures: Figures, status: string): number {
  return figures.byStatus[status] ?? 0
}

function rowOf(name: string, figures: Figures): string[] {
  return [
    name,
    formatCount(figures.actions),
    formatCount(statusCount(figures, FicheActionStatus.EnCours)),
    formatCount(statusCount(figures, FicheActionStatus.Terminee)),
    formatCount(figures.staleCount),
    formatShare(figures.quantifiedShare.ratio),
    formatQuality(figures.averageQuality),
  ]
}

/** The sentence that sums the region up above the table. */
function summary(view: RegionalView): string {
  const { totals } = view
  const running = statusCount(totals, FicheActionStatus.EnCours)
  const finished = statusCount(totals, FicheActionStatus.Terminee)
  const share = formatShare(totals.quantifiedShare.ratio)
  const quality = formatQuality(totals.averageQuality)
  const active = view.rows.filter((row) => row.actions > 0).length
  return (
    `${countOf(totals.actions, 'action suivie', 'actions suivies')} ` +
    `dans ${formatCount(active)} CLPE sur ${formatCount(view.rows.length)} : ` +
    `${formatCount(running)} en cours, ${countOf(finished, 'terminée')} ; ` +
    `${countOf(totals.staleCount, 'action')} à actualiser (en cours et sans mise à jour depuis ` +
    `plus de 30 jours). Part des actions avec au moins un indicateur de résultat ou d’impact ` +
    `quantifié et daté : ${share}. Qualité moyenne des fiches action : ${quality}.`
  )
}

/**
 * « Chiffres clés »: one sentence for the region, then a table with a row per CLPE and the total
 * of the region, under its source line.
 */
export function keyFiguresSection(view: RegionalView, figuresDay: string): RichTextJson[] {
  return [
    heading(2, 'Chiffres clés'),
    paragraph(text(summary(view))),
    table(HEADERS, [
      ...view.rows.map((row) => rowOf(row.name, row)),
      rowOf('Ensemble des CLPE', view.totals),
    ]),
    sourceLine(FICHES_SOURCE, figuresDay),
  ]
}
