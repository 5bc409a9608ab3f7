import type { RichTextJson } from '@maillage/protocol'
import type { KpiContribution, RegionalView } from '@maillage/schema'
import { countOf, formatCount } from './formatBilanFigures.ts'
import {
  bulletList,
  documentLink,
  heading,
  paragraph,
  table,
  text,
  type Inline,
} from './richTextNodes.ts'
import { FICHES_SOURCE, sourceLine } from './sourceLine.ts'

/** Most actions named under one national indicator; the others are counted. */
export const MAX_ACTIONS_PER_KPI = 10

function clpeCount(kpi: KpiContribution): number {
  return new Set(kpi.actions.map((action) => action.spaceId)).size
}

/** The distinct actions tied to a KPI (an action with two indicators tied to it counts once). */
function distinctActions(kpi: KpiContribution): KpiContribution['actions'] {
  const seen = new Set<string>()
  return kpi.actions.filter((action) => {
    if (seen.has(action.documentId)) return false
    seen.add(action.documentId)
    return true
  })
}

function kpiItem(kpi: KpiContribution): Inline {
  const actions = distinctActions(kpi)
  const named = actions.slice(0, MAX_ACTIONS_PER_KPI)
  const inline: RichTextJson[] = [text(`${kpi.label} : `)]
  named.forEach((action, index) => {
    if (index > 0) inline.push(text(', '))
    inline.push(documentLink(action.title, action.documentId), text(` (${action.spaceName})`))
  })
  const others = actions.length - named.length
  if (others > 0) inline.push(text(` et ${countOf(others, 'autre action', 'autres actions')}`))
  return inline
}

/**
 * « Contribution aux indicateurs nationaux »: for each KPI of the comité national pour l’emploi,
 * how many actions and CLPE have an indicator tied to it, then the actions, linked.
 */
export function kpiSection(view: RegionalView, figuresDay: string): RichTextJson[] {
  const contributed = view.kpis.filter((kpi) => kpi.actions.length > 0)
  return [
    heading(2, 'Contribution aux indicateurs nationaux'),
    table(
      ['Indicateur national', 'Actions', 'CLPE'],
      view.kpis.map((kpi) => [
        kpi.label,
        formatCount(distinctActions(kpi).length),
        formatCount(clpeCount(kpi)),
      ]),
    ),
    contributed.length === 0
      ? paragraph(
          text(
            'Aucun indicateur d’une fiche action n’est encore rattaché à un indicateur national.',
          ),
        )
      : bulletList(contributed.map(kpiItem)),
    sourceLine(`${FICHES_SOURCE} (indicateurs rattachés à un indicateur national)`, figuresDay),
  ]
}
