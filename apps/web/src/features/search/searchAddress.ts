import type { SearchResultTypeName } from '@maillage/protocol'

/** The result types, in the order the filter lists them. */
export const SEARCH_TYPES: readonly SearchResultTypeName[] = [
  'document',
  'echange',
  'outil',
  'atelier',
]

/** Shortest and longest query the server accepts. */
export const MIN_QUERY_LENGTH = 2
export const MAX_QUERY_LENGTH = 200

/** A search as its page's address holds it (`/recherche?q=…&type=…&espace=…&page=…`). */
export interface SearchAddress {
  /** The query, trimmed; '' when none. */
  readonly q: string
  readonly type: SearchResultTypeName | ''
  /** A space id, '' for all. */
  readonly espace: string
  /** From 1. */
  readonly page: number
}

function isSearchType(value: string): value is SearchResultTypeName {
  return (SEARCH_TYPES as readonly string[]).includes(value)
}

/** Reads a search from the address; unknown types and bad pages read as none and 1. */
export function readSearchAddress(params: URLSearchParams): SearchAddress {
  const type = params.get('type') ?? ''
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    type: isSearchType(type) ? type : '',
    espace: params.get('espace') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

/** The address parameters of a search: empty filters and page 1 left out. */
export function searchAddressParams(search: SearchAddress): URLSearchParams {
  const params = new URLSearchParams({ q: search.q })
  if (search.type !== '') params.set('type', search.type)
  if (search.espace !== '') params.set('espace', search.espace)
  if (search.page > 1) params.set('page', String(search.page))
  return params
}

/** Whether the server will run the query (2 characters at least once trimmed). */
export function isSearchable(query: string): boolean {
  return query.trim().length >= MIN_QUERY_LENGTH
}
