import { useQuery } from '@tanstack/react-query'
import type { DocumentView, SpaceView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { documentQuery } from '../../api/documentQuery.ts'
import { queryKeys } from '../../api/queryKeys.ts'

/** A document's index entry (kind, space, access) and the space it belongs to. */
export function useDocumentRecord(documentId: string): {
  record: DocumentView | undefined
  space: SpaceView | undefined
  error: unknown
  isPending: boolean
  refetch: () => void
} {
  const api = useApi()
  const record = useQuery(documentQuery(api, documentId))
  const spaceId = record.data?.spaceId
  const space = useQuery({
    queryKey: queryKeys.space(spaceId ?? ''),
    queryFn: () => api.getSpace(spaceId ?? ''),
    enabled: spaceId !== undefined,
  })
  return {
    record: record.data,
    space: space.data,
    error: record.error,
    isPending: record.isPending,
    refetch: () => void record.refetch(),
  }
}
