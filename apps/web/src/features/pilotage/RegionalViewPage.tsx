import type { ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS, type RegionalView } from '@maillage/schema'
import { ApiError } from '../../api/ApiError.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { BilanDraftForm } from './BilanDraftForm.tsx'
import { KpiContributions } from './KpiContributions.tsx'
import { OptionCountsChart } from './OptionCountsChart.tsx'
import { RegionalFilters, type RegionalFilterValues } from './RegionalFilters.tsx'
import { RegionalTable } from './RegionalTable.tsx'
import { RegionalTotals } from './RegionalTotals.tsx'
import { departementOfRow } from './departementOfRow.ts'
import { regionalTexts } from './regionalTexts.ts'
import { usePilotageEvents } from './usePilotageEvents.ts'
import { useRegionalView } from './useRegionalView.ts'
import '../../styles/pilotageRegional.css'

/**
 * « Pilotage régional »: the 26 CLPE side by side for the CoRE, the comité des territoires and the
 * regional team, from the index of the live documents (refreshed when one is saved). The server
 * decides who sees it; anyone else reads a refusal that says where their own figures are.
 */
export function RegionalViewPage(): ReactNode {
  usePageTitle(regionalTexts.pageTitle)
  const [params, setParams] = useSearchParams()
  const filters: RegionalFilterValues = {
    thematique: params.get('thematique') ?? '',
    public: params.get('public') ?? '',
    departement: params.get('departement') ?? '',
  }
  const view = useRegionalView({
    ...(filters.thematique === '' ? {} : { thematique: filters.thematique }),
    ...(filters.public === '' ? {} : { public: filters.public }),
  })
  usePilotageEvents()

  function handleFilterChange(name: keyof RegionalFilterValues, value: string): void {
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === '') next.delete(name)
        else next.set(name, value)
        return next
      },
      { replace: true },
    )
  }

  function handleFiltersReset(): void {
    setParams(new URLSearchParams(), { replace: true })
  }

  return (
    <div className="page-pilotage-regional">
      <h1 tabIndex={-1}>{regionalTexts.pageTitle}</h1>
      {view.isPending ? (
        <Loading label={regionalTexts.loading} />
      ) : view.isError ? (
        <RegionalViewError error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <div aria-busy={view.isPlaceholderData}>
          <p className="texte-long">{regionalTexts.intro}</p>
          <p className="aide">{regionalTexts.builtAt(formatDateTime(view.data.builtAt))}</p>
          <RegionalFilters
            values={filters}
            onChange={handleFilterChange}
            onReset={handleFiltersReset}
          />
          <RegionalViewContent view={view.data} departement={filters.departement} />
        </div>
      )}
    </div>
  )
}

function RegionalViewContent(props: { view: RegionalView; departement: string }): ReactNode {
  const { view, departement } = props
  const rows =
    departement === ''
      ? view.rows
      : view.rows.filter((row) => departementOfRow(row.departement)?.code === departement)
  return (
    <>
      {departement !== '' && <p className="aide">{regionalTexts.departementScope}</p>}
      <RegionalTotals totals={view.totals} />
      <RegionalTable rows={rows} />
      <OptionCountsChart
        id="titre-thematiques-region"
        options={THEMATIQUE_OPTIONS}
        counts={view.totals.byThematique}
        texts={regionalTexts.thematiqueChart}
      />
      <OptionCountsChart
        id="titre-publics-region"
        options={PUBLIC_OPTIONS}
        counts={view.totals.byPublic}
        texts={regionalTexts.publicChart}
      />
      <KpiContributions kpis={view.kpis} />
      {view.canDraftBilan && <BilanDraftForm />}
    </>
  )
}

/** A refusal (403) says the view is the region's; any other error can be tried again. */
function RegionalViewError(props: { error: unknown; onRetry: () => void }): ReactNode {
  if (props.error instanceof ApiError && props.error.status === 403) {
    return (
      <div className="avis" role="alert">
        <h2>{regionalTexts.refusedTitle}</h2>
        <p>{regionalTexts.refused}</p>
        <p>
          <Link to="/">{regionalTexts.backHome}</Link>
        </p>
      </div>
    )
  }
  return <ErrorNotice error={props.error} onRetry={props.onRetry} />
}
