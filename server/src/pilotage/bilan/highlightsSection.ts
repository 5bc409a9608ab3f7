import type { RichTextJson } from '@maillage/protocol'
import { RECONDUCTION_OPTIONS, formatFrenchNumber, optionLabel } from '@maillage/schema'
import type { BilanHighlights, HighlightedFiche, ReachedIndicator } from './BilanSources.ts'
import { formatFrenchDay } from './formatFrenchDay.ts'
import { bulletList, documentLink, heading, paragraph, text, type Inline } from './richTextNodes.ts'
import { FICHES_SOURCE, sourceLine } from './sourceLine.ts'

function ficheItem(fiche: HighlightedFiche): Inline {
  const facts = [fiche.spaceName]
  if (fiche.efficacite !== null) facts.push(`efficacité auto-évaluée ${fiche.efficacite}/10`)
  const reconduction = optionLabel(RECONDUCTION_OPTIONS, fiche.reconduction)
  if (reconduction !== '') facts.push(`reconduction : ${reconduction.toLowerCase()}`)
  return [documentLink(fiche.title, fiche.documentId), text(` — ${facts.join(', ')}`)]
}

function quantity(value: number, unit: string): string {
  return unit === '' ? formatFrenchNumber(value) : `${formatFrenchNumber(value)} ${unit}`
}

function indicatorItem(indicator: ReachedIndicator): Inline {
  const { latest, target, unit } = indicator
  return [
    documentLink(indicator.ficheTitle, indicator.documentId),
    text(
      ` (${indicator.spaceName}) — ${indicator.label} : ${quantity(latest.value, unit)} au ` +
        `${formatFrenchDay(latest.date)}, pour une cible de ${quantity(target, unit)}`,
    ),
  ]
}

/**
 * « Faits marquants »: the actions terminées during the period that their CLPE judged effective
 * (efficacité 7/10 or more, or reconduction « oui »), and the indicators whose latest measure,
 * taken during the period, reached their target; each links to its fiche.
 */
export function highlightsSection(highlights: BilanHighlights, figuresDay: string): RichTextJson[] {
  return [
    heading(2, 'Faits marquants'),
    heading(3, 'Actions terminées avec un bilan positif'),
    highlights.fiches.length === 0
      ? paragraph(
          text(
            'Aucune action terminée pendant la période n’a une efficacité auto-évaluée d’au moins 7/10 ni une reconduction décidée.',
          ),
        )
      : bulletList(highlights.fiches.map(ficheItem)),
    heading(3, 'Indicateurs ayant atteint leur cible'),
    highlights.indicators.length === 0
      ? paragraph(text('Aucune mesure de la période n’atteint encore la cible de son indicateur.'))
      : bulletList(highlights.indicators.map(indicatorItem)),
    sourceLine(`${FICHES_SOURCE} (bilans, indicateurs et mesures datées)`, figuresDay),
  ]
}
