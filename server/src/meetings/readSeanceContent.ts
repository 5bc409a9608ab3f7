import type * as Y from 'yjs'
import {
  DocumentRoot,
  MAX_SEANCE_AGENDA_ITEMS,
  MAX_SEANCE_DECISIONS,
  MAX_SEANCE_ITEM_DOCUMENTS,
  readFields,
  SeanceField,
  seanceKind,
  type FieldValue,
  type ItemValues,
} from '@maillage/schema'

/** One point of the ordre du jour as read from the séance's Y.Doc. */
export interface AgendaItem {
  readonly id: string
  readonly titre: string
  readonly presentateur: string
  /** Minutes, or null when not given. */
  readonly duree: number | null
  /** Ids of the attached documents, as written (readability is checked per reader). */
  readonly documentIds: readonly string[]
}

/** One decision of the relevé as read from the séance's Y.Doc. */
export interface ReleveDecision {
  readonly id: string
  readonly texte: string
  /** `document`, `programme`, or '' when it concerns no object. */
  readonly objet: string
  readonly documentId: string
  readonly responsable: string
  /** `YYYY-MM-DD` or ''. */
  readonly echeance: string
}

/** What the server reads of a séance's document: its ordre du jour and structured decisions. */
export interface SeanceContent {
  readonly agenda: readonly AgendaItem[]
  readonly decisions: readonly ReleveDecision[]
}

function text(values: ItemValues['values'], name: string): string {
  const value = values[name]
  return typeof value === 'string' ? value.trim() : ''
}

function items(value: FieldValue | undefined): readonly ItemValues[] {
  if (!Array.isArray(value)) return []
  return value.filter((item): item is ItemValues => typeof item === 'object' && item !== null)
}

function agendaItem(item: ItemValues): AgendaItem {
  const duree = item.values['duree']
  const documentIds = items(item.values['documents'])
    .map((attached) => text(attached.values, 'document'))
    .filter((id) => id !== '')
  return {
    id: item.id,
    titre: text(item.values, 'titre'),
    presentateur: text(item.values, 'presentateur'),
    duree: typeof duree === 'number' ? duree : null,
    documentIds: [...new Set(documentIds)].slice(0, MAX_SEANCE_ITEM_DOCUMENTS),
  }
}

function decision(item: ItemValues): ReleveDecision {
  return {
    id: item.id,
    texte: text(item.values, 'texte'),
    objet: text(item.values, 'objet'),
    documentId: text(item.values, 'document'),
    responsable: text(item.values, 'responsable'),
    echeance: text(item.values, 'echeance'),
  }
}

/**
 * The ordre du jour and the decisions of a séance's Y.Doc, read through the kind's validators
 * (a value of the wrong type reads empty): points without a title and decisions without a text
 * are left out, then at most {@link MAX_SEANCE_AGENDA_ITEMS} points and
 * {@link MAX_SEANCE_DECISIONS} decisions are kept, in their order.
 */
export function readSeanceContent(doc: Y.Doc): SeanceContent {
  const { values } = readFields(seanceKind, doc.getMap(DocumentRoot.Fields).toJSON())
  return {
    agenda: items(values[SeanceField.OrdreDuJour])
      .map(agendaItem)
      .filter((item) => item.titre !== '')
      .slice(0, MAX_SEANCE_AGENDA_ITEMS),
    decisions: items(values[SeanceField.Decisions])
      .map(decision)
      .filter((item) => item.texte !== '')
      .slice(0, MAX_SEANCE_DECISIONS),
  }
}
