import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { queryKeys } from '../../api/queryKeys.ts'

/**
 * Keeps a thread's status and « nous aussi » current for everyone reading it: the server mirrors
 * `statut`, `type` and `nousAussi` into the `fields` map of the thread's Y.Doc, and each change
 * there makes the page ask the API for the thread again.
 */
export function useLiveThreadFields(doc: Y.Doc | undefined, threadId: string): void {
  const client = useQueryClient()
  useEffect(() => {
    if (doc === undefined) return
    const fields = doc.getMap(DocumentRoot.Fields)
    const handleChange = (): void => {
      void client.invalidateQueries({ queryKey: queryKeys.exchange(threadId) })
    }
    fields.observeDeep(handleChange)
    return () => {
      fields.unobserveDeep(handleChange)
    }
  }, [client, doc, threadId])
}
