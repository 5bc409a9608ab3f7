import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { DocumentKind, type ClpeDashboard } from '@maillage/schema'
import { documentPath } from '../../documents/index.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { ActionsByStatus } from './ActionsByStatus.tsx'
import { BilansTable } from './BilansTable.tsx'
import { DashboardFilters } from './DashboardFilters.tsx'
import { IndicatorsByLevel } from './IndicatorsByLevel.tsx'
import { QuantifiedShareCard } from './QuantifiedShareCard.tsx'
import { pilotageTexts } from './texts.ts'
import { useClpeDashboard } from './useClpeDashboard.ts'
import { useDashboardFilters } from './useDashboardFilters.ts'
import { usePilotageEvents } from './usePilotageEvents.ts'
import '../../styles/pilotage.css'

/**
 * The « Pilotage » page of a CLPE (`/espaces/:spaceId/pilotage`): its actions by status, their
 * quality, the indicators against their targets, the share of measured actions and the bilans,
 * filtered by thématique and public. It follows the server's index events, so a document saved
 * anywhere shows here without a reload.
 */
export function ClpeDashboardPage(): ReactNode {
  const { spaceId = '' } = useParams()
  const { filters, setFilter } = useDashboardFilters()
  const dashboard = useClpeDashboard(spaceId, filters)
  usePilotageEvents({ spaceId })
  usePageTitle(
    dashboard.data === undefined
      ? pilotageTexts.loading
      : pilotageTexts.pageTitle(dashboard.data.spaceName),
  )

  if (dashboard.isPending) return <Loading label={pilotageTexts.loading} />
  if (dashboard.isError && dashboard.data === undefined) {
    return <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />
  }
  const data = dashboard.data
  const filtered = filters.thematique !== undefined || filters.public !== undefined
  return (
    <div className="page-pilotage">
      <DashboardHeader dashboard={data} />
      <DashboardFilters filters={filters} onChange={setFilter} />
      {dashboard.isError && (
        <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      )}
      {data.actions.length === 0 ? (
        <p className="carte">
          {filtered ? pilotageTexts.noActionFiltered : pilotageTexts.noAction}
        </p>
      ) : (
        <>
          <div className="grille-pilotage">
            <ActionsByStatus dashboard={data} />
            <QuantifiedShareCard share={data.quantifiedShare} />
          </div>
          <IndicatorsByLevel indicators={data.indicators} canMeasure={data.canMeasure} />
          <BilansTable bilans={data.bilans} />
        </>
      )}
    </div>
  )
}

function DashboardHeader(props: { dashboard: ClpeDashboard }): ReactNode {
  const { dashboard } = props
  const feuille = dashboard.feuilleDeRoute
  return (
    <header className="entete-page">
      <p className="surtitre">{pilotageTexts.kicker}</p>
      <h1 tabIndex={-1}>{pilotageTexts.pageTitle(dashboard.spaceName)}</h1>
      <p>
        <Link to={`/espaces/${encodeURIComponent(dashboard.spaceId)}`}>
          {pilotageTexts.backToSpace(dashboard.spaceName)}
        </Link>
      </p>
      {feuille !== null && dashboard.scope === 'feuille-de-route' ? (
        <p>
          {pilotageTexts.feuilleDeRoute}{' '}
          <Link to={documentPath({ id: feuille.documentId, kind: DocumentKind.FeuilleDeRoute })}>
            {feuille.title}
          </Link>
          {feuille.annee !== null && pilotageTexts.feuilleDeRouteYear(feuille.annee)}
        </p>
      ) : dashboard.sharedOnly ? null : (
        <p className="avis">{pilotageTexts.noFeuilleDeRoute}</p>
      )}
      {dashboard.sharedOnly && <p className="avis">{pilotageTexts.sharedOnly}</p>}
      <p className="aide">{pilotageTexts.builtAt(formatDateTime(dashboard.builtAt))}</p>
    </header>
  )
}
