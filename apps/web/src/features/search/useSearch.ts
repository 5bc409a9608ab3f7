import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import { isSearchable, type SearchAddress } from './searchAddress.ts'
import { searchDocuments } from './searchApi.ts'

/**
 * The results of the search of the address, once its query is long enough; the previous results
 * stay shown while a filter's are on their way. Results are not kept long: a search is a glance at
 * documents that change.
 */
export function useSearch(search: SearchAddress) {
  const api = useApi()
  return useQuery({
    queryKey: ['recherche', search.q, search.type, search.espace, search.page] as const,
    queryFn: () => searchDocuments(api, search),
    enabled: isSearchable(search.q),
    placeholderData: (previous) => previous,
    staleTime: 10_000,
    retry: false,
  })
}
