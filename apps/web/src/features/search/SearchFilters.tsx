import type { ReactNode } from 'react'
import type { SearchView } from '@maillage/protocol'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { SEARCH_TYPES, type SearchAddress } from './searchAddress.ts'
import { searchTexts } from './texts.ts'

/**
 * The filters of the results: type and space, each option with its number of results (within the
 * other filter), so that one sees where the matches are before choosing.
 */
export function SearchFilters(props: {
  search: SearchAddress
  facets: SearchView['facets'] | undefined
  onChange: (filters: Pick<SearchAddress, 'type' | 'espace'>) => void
}): ReactNode {
  const { search, facets, onChange } = props
  const typeOptions = SEARCH_TYPES.map((type) => {
    const count = facets?.types.find((facet) => facet.type === type)?.count ?? 0
    return { value: type, label: searchTexts.typeOption(searchTexts.types[type], count) }
  })
  const spaceOptions = (facets?.spaces ?? []).map((facet) => ({
    value: facet.spaceId,
    label: searchTexts.typeOption(facet.spaceName, facet.count),
  }))
  // A space chosen in the address keeps its option even when it has no result now.
  if (search.espace !== '' && !spaceOptions.some((option) => option.value === search.espace)) {
    spaceOptions.unshift({ value: search.espace, label: searchTexts.typeOption(search.espace, 0) })
  }
  const filtered = search.type !== '' || search.espace !== ''
  return (
    <form
      className="filtres"
      aria-label={searchTexts.filters}
      onSubmit={(event) => {
        event.preventDefault()
      }}
    >
      <SelectFilter
        label={searchTexts.type}
        allLabel={searchTexts.allTypes}
        options={typeOptions}
        value={search.type}
        onChange={(type) => {
          onChange({ type: type as SearchAddress['type'], espace: search.espace })
        }}
      />
      <SelectFilter
        label={searchTexts.space}
        allLabel={searchTexts.allSpaces}
        options={spaceOptions}
        value={search.espace}
        onChange={(espace) => {
          onChange({ type: search.type, espace })
        }}
      />
      {filtered && (
        <button
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            onChange({ type: '', espace: '' })
          }}
        >
          {searchTexts.clearFilters}
        </button>
      )}
    </form>
  )
}
