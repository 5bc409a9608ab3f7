import type { RichTextJson } from '@maillage/protocol'
import { formatFrenchDay } from '../pilotage/bilan/formatFrenchDay.ts'
import type { LettreEntry, LettreFacts } from './LettreFacts.ts'
import { bulletList, heading, link, paragraph, text } from './lettreNodes.ts'

/** The title of numéro `numero`. */
export function lettreTitle(numero: number): string {
  return `Lettre d’information n° ${numero}`
}

function entryLine(entry: LettreEntry): RichTextJson[] {
  return [
    link(entry.title, entry.href),
    ...(entry.detail === '' ? [] : [text(` — ${entry.detail}`)]),
    ...(entry.extra === undefined ? [] : [text(' — '), link(entry.extra.label, entry.extra.href)]),
  ]
}

/** A section: its heading, then its entries as a list, or the French sentence saying it is empty. */
function section(title: string, entries: readonly LettreEntry[], empty: string): RichTextJson[] {
  return [
    heading(2, title),
    entries.length === 0 ? paragraph(text(empty)) : bulletList(entries.map(entryLine)),
  ]
}

/**
 * The draft of a numéro from `facts`: an introduction saying from when, then one section per
 * category, each entry linked to its source in the app (or, for veille, its address); an empty
 * category says so. The regional team then rewrites it freely.
 */
export function draftLettre(facts: LettreFacts): RichTextJson {
  const from = formatFrenchDay(facts.since)
  const intro = facts.sinceLastNumero
    ? `Ce qui s’est passé dans le réseau depuis le numéro précédent, paru le ${from}.`
    : `Ce qui s’est passé dans le réseau depuis le ${from}.`
  return {
    type: 'doc',
    content: [
      paragraph(text(intro)),
      ...section(
        'Nouveaux outils validés par le comité de pilotage',
        facts.tools,
        'Aucun nouvel outil n’a été validé depuis le dernier numéro.',
      ),
      ...section(
        'Ateliers à venir',
        facts.ateliersToCome,
        'Aucun atelier n’est programmé pour le moment.',
      ),
      ...section(
        'Ateliers passés et replays',
        facts.ateliersPast,
        'Aucun atelier ne s’est tenu depuis le dernier numéro.',
      ),
      ...section(
        'Sujets supra-territoriaux',
        facts.subjects,
        'Aucun sujet n’a été soulevé par plusieurs CLPE depuis le dernier numéro.',
      ),
      ...section('Veille', facts.veille, 'Aucun élément de veille n’a été retenu pour ce numéro.'),
      ...section(
        'Fiches action mises en avant par les CLPE',
        facts.fiches,
        'Aucune fiche action partagée avec tous les territoires n’a changé depuis le dernier numéro.',
      ),
    ],
  }
}
