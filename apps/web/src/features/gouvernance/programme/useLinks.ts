import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ProgrammeLinkBody, ProgrammeLinkKindName } from '@maillage/protocol'
import { useApi } from '../../../api/ApiProvider.tsx'
import { createLink, deleteLink, listCandidates } from './linkApi.ts'

/** Every programme query (the suivi lists the links; « Ligne du programme » reads them too). */
const PROGRAMME_QUERIES = ['programme'] as const

/** Shortest search the server runs. */
const MIN_QUERY_LENGTH = 2

/**
 * What may be linked, of `kind` (for documents, what the search finds for `query`); read only
 * while `active` (the form is open).
 */
export function useLinkCandidates(kind: ProgrammeLinkKindName, query: string, active: boolean) {
  const api = useApi()
  const searched = kind === 'document' ? query.trim() : ''
  return useQuery({
    queryKey: ['programme-candidats', kind, searched],
    queryFn: () => listCandidates(api, kind, searched),
    enabled: active && (kind !== 'document' || searched.length >= MIN_QUERY_LENGTH),
  })
}

/** Links a target to a line. */
export function useCreateLink() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ProgrammeLinkBody) => createLink(api, body),
    onSuccess: () => client.invalidateQueries({ queryKey: PROGRAMME_QUERIES }),
  })
}

/** Removes a link. */
export function useDeleteLink() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (linkId: string) => deleteLink(api, linkId),
    onSuccess: () => client.invalidateQueries({ queryKey: PROGRAMME_QUERIES }),
  })
}
