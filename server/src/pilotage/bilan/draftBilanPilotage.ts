import type { RichTextJson } from '@maillage/protocol'
import { actionsBreakdownSection } from './actionsBreakdownSection.ts'
import type { BilanSources } from './BilanSources.ts'
import { formatFrenchDay, formatFrenchPeriod } from './formatFrenchDay.ts'
import { highlightsSection } from './highlightsSection.ts'
import { keyFiguresSection } from './keyFiguresSection.ts'
import { kpiSection } from './kpiSection.ts'
import { maturitySection } from './maturitySection.ts'
import { heading, paragraph, text } from './richTextNodes.ts'
import { subjectsSection } from './subjectsSection.ts'

/** The title of a bilan: « Bilan du pilotage des CLPE — du 1er janvier au 30 juin 2026 ». */
export function bilanTitle(periodStart: string, periodEnd: string): string {
  return `Bilan du pilotage des CLPE — ${formatFrenchPeriod(periodStart, periodEnd)}`
}

function periodSection(sources: BilanSources): RichTextJson[] {
  const { period, figuresDay } = sources
  const day = formatFrenchDay(figuresDay)
  return [
    heading(2, 'Période et sources'),
    paragraph(
      text(
        `Période couverte : ${formatFrenchPeriod(period.periodStart, period.periodEnd)}. ` +
          `Chiffres arrêtés au ${day}.`,
      ),
    ),
    paragraph(
      text(
        'Les chiffres viennent des documents que les CLPE tiennent à jour dans Maillage : ' +
          'fiches action et feuilles de route, indicateurs et leurs mesures datées, ' +
          'auto-évaluations de la démarche de progression, espace d’échanges. ' +
          `Ils décrivent l’état des actions au ${day} et ne changent plus ensuite ; ` +
          'les faits marquants retiennent les actions terminées et les mesures de la période.',
      ),
    ),
    paragraph(
      text(
        'Ce bilan ne donne que des chiffres agrégés : rien n’y permet d’identifier un demandeur d’emploi.',
      ),
    ),
  ]
}

function analysisSection(): RichTextJson[] {
  return [
    heading(2, 'Analyse et propositions au bureau du CoRE'),
    paragraph(
      text(
        'À rédiger par l’équipe régionale : ce que montrent ces chiffres, les points d’attention ' +
          'et les propositions soumises au bureau.',
      ),
    ),
  ]
}

/**
 * Drafts the bilan for the bureau du CoRE as a Tiptap `doc`, from figures frozen at drafting:
 * période et sources, chiffres clés (a table per CLPE), actions par statut et par thématique,
 * faits marquants, maturité des CLPE, contribution aux indicateurs nationaux, sujets
 * supra-territoriaux, then a section for the regional team's analysis. Every figure is labelled
 * with its source and the day it was taken; French spacing applies to every text. Pure: the same
 * sources give the same document.
 */
export function draftBilanPilotage(sources: BilanSources): RichTextJson {
  const { view, figuresDay } = sources
  return {
    type: 'doc',
    content: [
      ...periodSection(sources),
      ...keyFiguresSection(view, figuresDay),
      ...actionsBreakdownSection(view, figuresDay),
      ...highlightsSection(sources.highlights, figuresDay),
      ...maturitySection(view, figuresDay),
      ...kpiSection(view, figuresDay),
      ...subjectsSection(sources.subjects, figuresDay),
      ...analysisSection(),
    ],
  }
}
