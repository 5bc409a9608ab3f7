import type { ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import { SpaceKind } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { canOpenExchange } from './canOpenExchange.ts'
import { ExchangeFiltersForm } from './ExchangeFiltersForm.tsx'
import { ExchangeListItem } from './ExchangeListItem.tsx'
import type { ExchangeFilters } from './exchangesApi.ts'
import { exchangeTexts } from './texts.ts'
import { useExchangeList } from './useExchanges.ts'
import '../../styles/exchanges.css'

const FILTER_KEYS = ['type', 'statut', 'theme', 'territoire'] as const

/**
 * The échanges between CLPE and CoRE: every thread, filtered by type, status, theme and
 * territory (kept in the address, so that a filtered list can be shared), most recent first.
 */
export function ExchangesPage(): ReactNode {
  usePageTitle(exchangeTexts.pageTitle)
  const [params, setParams] = useSearchParams()
  const filters: ExchangeFilters = {
    type: params.get('type') ?? '',
    statut: params.get('statut') ?? '',
    theme: params.get('theme') ?? '',
    territoire: params.get('territoire') ?? '',
  }
  const list = useExchangeList(filters)
  const { session } = useSession()
  const spaces = useSpaces()
  const clpe = (spaces.data ?? []).filter((space) => space.kind === SpaceKind.Clpe)
  const filtered = FILTER_KEYS.some((key) => filters[key] !== '')

  function handleFilters(next: ExchangeFilters): void {
    const query = new URLSearchParams()
    for (const key of FILTER_KEYS) if (next[key] !== '') query.set(key, next[key])
    setParams(query, { replace: true })
  }

  return (
    <div className="page-echanges">
      <h1 tabIndex={-1}>{exchangeTexts.pageTitle}</h1>
      <p className="introduction">{exchangeTexts.intro}</p>
      <p className="actions-page">
        {canOpenExchange(session) && (
          <Link className="bouton-principal" to="/echanges/nouveau">
            {exchangeTexts.open}
          </Link>
        )}
        <Link to="/echanges/synergies">{exchangeTexts.synergies}</Link>
      </p>
      <ExchangeFiltersForm filters={filters} clpe={clpe} onChange={handleFilters} />
      {list.isPending && <Loading label={exchangeTexts.loading} />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data !== undefined && (
        <>
          <p role="status" className="aide">
            {exchangeTexts.count(list.data.length)}
          </p>
          {list.data.length === 0 ? (
            <p>{filtered ? exchangeTexts.noneFiltered : exchangeTexts.none}</p>
          ) : (
            <ul className="liste-echanges" aria-label={exchangeTexts.listLabel}>
              {list.data.map((thread) => (
                <ExchangeListItem key={thread.id} thread={thread} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
