import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { MAX_QUERY_LENGTH, readSearchAddress, searchAddressParams } from './searchAddress.ts'
import { headerSearchTexts } from './headerSearchTexts.ts'
import '../../styles/search.css'

/**
 * The search box of the header: Enter (or its button) opens `/recherche?q=…`. On that page it
 * shows the query of the address, so that it can be changed from there.
 */
export function HeaderSearch(): ReactNode {
  const location = useLocation()
  const addressQuery =
    location.pathname === '/recherche'
      ? readSearchAddress(new URLSearchParams(location.search)).q
      : ''
  // A new query in the address starts the box afresh with it.
  return <HeaderSearchForm key={addressQuery} initialQuery={addressQuery} />
}

function HeaderSearchForm(props: { initialQuery: string }): ReactNode {
  const inputId = useId()
  const navigate = useNavigate()
  const [query, setQuery] = useState(props.initialQuery)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const params = searchAddressParams({ q: query.trim(), type: '', espace: '', page: 1 })
    void navigate(`/recherche?${params.toString()}`)
  }

  return (
    <form
      className="recherche-entete"
      role="search"
      aria-label={headerSearchTexts.boxRegion}
      onSubmit={handleSubmit}
    >
      <label htmlFor={inputId} className="visuellement-cache">
        {headerSearchTexts.boxLabel}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={headerSearchTexts.boxPlaceholder}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value)
        }}
      />
      <button type="submit" className="bouton-secondaire">
        {headerSearchTexts.submit}
      </button>
    </form>
  )
}
