import type { SearchView } from '@maillage/protocol'
import type { ApiClient } from '../../api/ApiClient.ts'
import { searchAddressParams, type SearchAddress } from './searchAddress.ts'

/** `GET /api/recherche`: one page of results of the search, with its facets. */
export function searchDocuments(api: ApiClient, search: SearchAddress): Promise<SearchView> {
  return api.request<SearchView>('GET', `/api/recherche?${searchAddressParams(search).toString()}`)
}
