import { useMemo } from 'react'
import type * as Y from 'yjs'
import {
  DocumentRoot,
  itemsValue,
  kindDefinition,
  numberValue,
  stringValue,
  type FieldValues,
} from '@maillage/schema'
import { useFieldValues } from '../document/fields/useFieldValues.ts'

/** One point of an atelier's programme. */
export interface AgendaItem {
  readonly id: string
  readonly titre: string
  /** Minutes, null when not given. */
  readonly duree: number | null
  readonly intervenant: string
}

/** One resource shared with the participants. */
export interface Ressource {
  readonly id: string
  readonly titre: string
  readonly lien: string
}

/** What an atelier's document says beyond the programme's view: co-edited by its facilitators. */
export interface AtelierContent {
  readonly presentation: string
  readonly agenda: readonly AgendaItem[]
  readonly ressources: readonly Ressource[]
}

const ATELIER = kindDefinition('atelier')

/** The présentation, programme and ressources of an atelier, live from its `fields` root. */
export function useAtelierContent(doc: Y.Doc): AtelierContent {
  const fields = useMemo(() => doc.getMap<unknown>(DocumentRoot.Fields), [doc])
  const { values } = useFieldValues(fields, ATELIER)
  return useMemo(() => contentOf(values), [values])
}

function contentOf(values: FieldValues): AtelierContent {
  return {
    presentation: stringValue(values, 'presentation').trim(),
    agenda: itemsValue(values, 'agenda').map((item) => ({
      id: item.id,
      titre: stringValue(item.values, 'titre'),
      duree: numberValue(item.values, 'duree'),
      intervenant: stringValue(item.values, 'intervenant'),
    })),
    ressources: itemsValue(values, 'ressources').map((item) => ({
      id: item.id,
      titre: stringValue(item.values, 'titre'),
      lien: stringValue(item.values, 'lien'),
    })),
  }
}
