import { DocumentKind } from '@maillage/schema'

/** What a result is, as the search filters and shows it. */
export const SearchResultType = {
  Document: 'document',
  Echange: 'echange',
  Outil: 'outil',
  Atelier: 'atelier',
} as const
export type SearchResultType = (typeof SearchResultType)[keyof typeof SearchResultType]

/** Every type, in the order facets list them. */
export const SEARCH_RESULT_TYPES: readonly SearchResultType[] = Object.values(SearchResultType)

/** The type of a document of `kind`: threads, fiches outil and ateliers apart, documents else. */
export function searchResultTypeOf(kind: DocumentKind): SearchResultType {
  if (kind === DocumentKind.Discussion) return SearchResultType.Echange
  if (kind === DocumentKind.Outil) return SearchResultType.Outil
  if (kind === DocumentKind.Atelier) return SearchResultType.Atelier
  return SearchResultType.Document
}
