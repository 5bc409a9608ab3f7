import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from './ApiClient.ts'
import { queryKeys } from './queryKeys.ts'

/**
 * A document's index entry (kind, space, what this person may do with it): the query shared by
 * the document screen, its live connection and the app's start (which asks it early).
 */
export function documentQuery(api: ApiClient, documentId: string) {
  return queryOptions({
    queryKey: queryKeys.document(documentId),
    queryFn: () => api.getDocument(documentId),
  })
}
