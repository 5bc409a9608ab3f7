import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from './ApiProvider.tsx'
import { queryKeys } from './queryKeys.ts'

/**
 * The documents of a space that the signed-in person can see; not asked for while `enabled` is
 * false (a screen that may not show them).
 */
export function useSpaceDocuments(spaceId: string, options: { enabled?: boolean } = {}) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.documents(spaceId),
    queryFn: () => api.listDocuments(spaceId),
    enabled: options.enabled ?? true,
  })
}

/** Creates a document of a kind in a space. */
export function useCreateDocument(spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { kind: string; title: string }) =>
      api.createDocument(spaceId, input.kind, input.title),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.documents(spaceId) }),
  })
}
