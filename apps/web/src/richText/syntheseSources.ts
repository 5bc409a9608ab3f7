import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import {
  DocumentKind,
  DocumentRoot,
  citationHref,
  itemsValue,
  readFields,
  stringValue,
  syntheseKind,
  type SyntheseSource,
} from '@maillage/schema'

/** A source of a synthèse with the address its citations link to (null while incomplete). */
export interface CitableSource extends SyntheseSource {
  readonly id: string
  readonly href: string | null
}

/** Whether `doc` is a synthèse de rapports (its kind, set by the server at creation). */
export function isSynthese(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(DocumentRoot.Meta).get('kind') === DocumentKind.Synthese
}

function readSources(doc: Y.Doc): CitableSource[] {
  const { values } = readFields(syntheseKind, doc.getMap<unknown>(DocumentRoot.Fields).toJSON())
  return itemsValue(values, 'sources').map((item) => {
    const source = {
      libelle: stringValue(item.values, 'libelle').trim(),
      type: stringValue(item.values, 'type'),
      reference: stringValue(item.values, 'reference'),
      lien: stringValue(item.values, 'lien'),
    }
    return { id: item.id, ...source, href: citationHref(source) }
  })
}

/** The sources of a synthèse, live as people edit them (an empty list for other kinds). */
export function useSyntheseSources(doc: Y.Doc): readonly CitableSource[] {
  const fields = doc.getMap<unknown>(DocumentRoot.Fields)
  const subscribe = useCallback(
    (notify: () => void) => {
      fields.observeDeep(notify)
      return () => {
        fields.unobserveDeep(notify)
      }
    },
    [fields],
  )
  // A string snapshot: equal while nothing changed, so React does not re-render for nothing.
  const snapshot = useSyncExternalStore(subscribe, () =>
    isSynthese(doc) ? JSON.stringify(readSources(doc)) : '[]',
  )
  return JSON.parse(snapshot) as CitableSource[]
}
