import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  compareVersions,
  getVersion,
  listVersions,
  nameVersion,
  restoreVersion,
} from './historyApi.ts'

/** The cache keys of the history of one document (under the document's own key). */
const historyKeys = {
  all: (documentId: string) => ['documents', documentId, 'versions'] as const,
  version: (documentId: string, versionId: string) =>
    ['documents', documentId, 'versions', 'une', versionId] as const,
  diff: (documentId: string, from: string, to: string) =>
    ['documents', documentId, 'versions', 'comparaison', from, to] as const,
}

/** The versions of a document, newest first. */
export function useVersions(documentId: string) {
  const api = useApi()
  return useQuery({
    queryKey: historyKeys.all(documentId),
    queryFn: () => listVersions(api, documentId),
  })
}

/** One version's content, when `versionId` is set. */
export function useVersionContent(documentId: string, versionId: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: historyKeys.version(documentId, versionId ?? ''),
    queryFn: () => getVersion(api, documentId, versionId ?? ''),
    enabled: versionId !== null,
  })
}

/**
 * The comparison of two versions, when asked. A comparison with the current state is asked again
 * each time it is shown (the document changes meanwhile).
 */
export function useVersionDiff(documentId: string, pair: { from: string; to: string } | null) {
  const api = useApi()
  return useQuery({
    queryKey: historyKeys.diff(documentId, pair?.from ?? '', pair?.to ?? ''),
    queryFn: () => compareVersions(api, documentId, pair?.from ?? '', pair?.to ?? ''),
    enabled: pair !== null,
    staleTime: 0,
  })
}

/** Names the current state; the list is asked again. */
export function useNameVersion(documentId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (nom: string) => nameVersion(api, documentId, nom),
    onSuccess: () => client.invalidateQueries({ queryKey: historyKeys.all(documentId) }),
  })
}

/** Restores a version; the list and the document's record are asked again. */
export function useRestoreVersion(documentId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (versionId: string) => restoreVersion(api, documentId, versionId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents', documentId] }),
  })
}
