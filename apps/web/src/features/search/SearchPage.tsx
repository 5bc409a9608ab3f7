import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import {
  isSearchable,
  readSearchAddress,
  searchAddressParams,
  type SearchAddress,
} from './searchAddress.ts'
import { SearchFilters } from './SearchFilters.tsx'
import { SearchPagination } from './SearchPagination.tsx'
import { SearchResultItem } from './SearchResultItem.tsx'
import { searchTexts } from './texts.ts'
import { useSearch } from './useSearch.ts'
import '../../styles/search.css'

/**
 * `/recherche`: the results of the header's search box among what the person may read, with
 * their passages, filters by type and space and pages, all kept in the address (a search can be
 * shared and comes back with « Précédent »). The number of results is announced.
 */
export function SearchPage(): ReactNode {
  const [params, setParams] = useSearchParams()
  const search = readSearchAddress(params)
  usePageTitle(search.q === '' ? searchTexts.pageTitle : searchTexts.pageTitleFor(search.q))
  const results = useSearch(search)
  const searchable = isSearchable(search.q)

  function handleChange(next: Partial<SearchAddress>): void {
    setParams(searchAddressParams({ ...search, page: 1, ...next }))
  }

  return (
    <div className="page-recherche">
      <h1 tabIndex={-1}>{searchTexts.pageTitle}</h1>
      <p className="introduction">{searchTexts.intro}</p>
      <p className="aide">{searchTexts.fieldHint}</p>
      {searchable && (
        <SearchFilters
          search={search}
          facets={results.data?.facets}
          onChange={(filters) => {
            handleChange(filters)
          }}
        />
      )}
      <div className="etat-recherche">
        {search.q === '' && <p>{searchTexts.prompt}</p>}
        {search.q !== '' && !searchable && <p role="status">{searchTexts.tooShort}</p>}
        {searchable && results.isFetching && <Loading label={searchTexts.loading} />}
        {searchable && results.data !== undefined && !results.isFetching && (
          <p role="status">{searchTexts.count(results.data.total, results.data.query)}</p>
        )}
      </div>
      {searchable && results.isError && (
        <ErrorNotice error={results.error} onRetry={() => void results.refetch()} />
      )}
      {searchable && results.data !== undefined && (
        <>
          {results.data.total === 0 ? (
            <p>{searchTexts.none}</p>
          ) : (
            <ol
              className="resultats-recherche"
              aria-label={searchTexts.resultsLabel}
              aria-busy={results.isPlaceholderData}
            >
              {results.data.results.map((result) => (
                <SearchResultItem key={result.id} result={result} />
              ))}
            </ol>
          )}
          <SearchPagination
            page={results.data.page}
            pageCount={results.data.pageCount}
            onPage={(page) => {
              handleChange({ page })
            }}
          />
        </>
      )}
    </div>
  )
}
