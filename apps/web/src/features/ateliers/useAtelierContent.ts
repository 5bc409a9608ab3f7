import { useMemo } from 'react'
import type * as Y from 'yjs'
import {
  DocumentRoot,
  httpsUrlOf,
  itemsValue,
  kindDefinition,
  numberValue,
  stringValue,
  type FieldValues,
} from '@maillage/schema'
import { useFieldValues } from '../../collaboration/index.ts'

/** One point of an atelier's programme. */
export interface AgendaItem {
  readonly id: string
  /** Trimmed, never '': points without a title are left out. */
  readonly titre: string
  /** Minutes, null when not given. */
  readonly duree: number | null
  readonly intervenant: string
}

/** One resource shared with the participants. */
export interface Ressource {
  readonly id: string
  /** Trimmed, never '': resources without a title are left out. */
  readonly titre: string
  /** An `https://` address, '' when not one. */
  readonly lien: string
}

/** What an atelier's document says beyond the programme's view: co-edited by its facilitators. */
export interface AtelierContent {
  readonly presentation: string
  readonly agenda: readonly AgendaItem[]
  readonly ressources: readonly Ressource[]
  /** The replay's `https://` address, '' while not given. */
  readonly replay: string
}

const ATELIER = kindDefinition('atelier')

/**
 * The présentation, programme and ressources of an atelier, live from its `fields` root. Points and
 * resources without a title (being added, or left half done) are left out, as the server leaves
 * them out of the session and the compte rendu.
 */
export function useAtelierContent(doc: Y.Doc): AtelierContent {
  const fields = useMemo(() => doc.getMap<unknown>(DocumentRoot.Fields), [doc])
  const { values } = useFieldValues(fields, ATELIER)
  return useMemo(() => contentOf(values), [values])
}

function contentOf(values: FieldValues): AtelierContent {
  return {
    presentation: stringValue(values, 'presentation').trim(),
    agenda: itemsValue(values, 'agenda')
      .map((item) => ({
        id: item.id,
        titre: stringValue(item.values, 'titre').trim(),
        duree: numberValue(item.values, 'duree'),
        intervenant: stringValue(item.values, 'intervenant').trim(),
      }))
      .filter((item) => item.titre !== ''),
    ressources: itemsValue(values, 'ressources')
      .map((item) => ({
        id: item.id,
        titre: stringValue(item.values, 'titre').trim(),
        lien: httpsUrlOf(stringValue(item.values, 'lien')),
      }))
      .filter((ressource) => ressource.titre !== ''),
    replay: httpsUrlOf(stringValue(values, 'replay')),
  }
}
