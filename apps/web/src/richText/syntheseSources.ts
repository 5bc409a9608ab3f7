import { useQuery } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { DocumentKind, DocumentRoot, type SyntheseSource } from '@maillage/schema'

/** A source of a synthèse with the address its citations link to (null while incomplete). */
export interface CitableSource extends SyntheseSource {
  readonly id: string
  readonly href: string | null
}

/** Whether `doc` is a synthèse de rapports (its kind, set by the server at creation). */
export function isSynthese(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(DocumentRoot.Meta).get('kind') === DocumentKind.Synthese
}

/**
 * The sources of a synthèse, live as people edit them (an empty list for other kinds). What reads
 * them (the synthèse's fields and their validation) is loaded for a synthèse only; the list is
 * empty until it is there, and a failure to load it goes to the screen's error boundary.
 */
export function useSyntheseSources(doc: Y.Doc): readonly CitableSource[] {
  const synthese = isSynthese(doc)
  const { data: reader } = useQuery({
    queryKey: ['synthese-sources-reader'],
    queryFn: async () => ({ read: (await import('./readSyntheseSources.ts')).readSyntheseSources }),
    enabled: synthese,
    // Code does not change while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    throwOnError: true,
  })
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
    isSynthese(doc) && reader !== undefined ? JSON.stringify(reader.read(doc)) : '[]',
  )
  return JSON.parse(snapshot) as CitableSource[]
}
