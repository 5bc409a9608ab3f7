import type { ApiErrorBody, SearchView } from '@maillage/protocol'
import type { AdvanceableClock } from './advanceableClock.ts'
import type { ApiClient, ApiResponse, Credential } from './apiClient.ts'

/** What the search tests ask: a query and the filters of `GET /api/recherche`. */
export interface SearchParams {
  readonly type?: string
  readonly espace?: string
  readonly page?: number
}

/** The address of a search, its values encoded. */
export function searchPath(query: string, params: SearchParams = {}): string {
  const search = new URLSearchParams({ q: query })
  if (params.type !== undefined) search.set('type', params.type)
  if (params.espace !== undefined) search.set('espace', params.espace)
  if (params.page !== undefined) search.set('page', String(params.page))
  return `/api/recherche?${search.toString()}`
}

/**
 * Searches as `as`, expecting 200. The tests wait for the index by searching again, past the
 * 30 searches a minute of an account: on 429 the server's clock moves on a minute and the search
 * is made again, so the rate limit never fails a test that is not about it.
 */
export async function searchAs(
  api: ApiClient,
  clock: AdvanceableClock,
  as: Credential,
  query: string,
  params: SearchParams = {},
): Promise<SearchView> {
  for (;;) {
    const response: ApiResponse<SearchView & ApiErrorBody> = await api.request(
      'GET',
      searchPath(query, params),
      { as },
    )
    if (response.status === 429) {
      clock.advance(61_000)
      continue
    }
    if (response.status !== 200)
      throw new Error(`search answered ${response.status}: ${response.text}`)
    return response.body
  }
}
