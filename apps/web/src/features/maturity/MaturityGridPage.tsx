import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type {
  MaturityCampaignView,
  SpaceMaturityCampaign,
  SpaceMaturityView,
} from '@maillage/schema'
import '../../styles/maturity.css'
import { useSession } from '../../api/useSession.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { formatDay } from './formatDay.ts'
import { LiveGrid } from './LiveGrid.tsx'
import { spaceMaturityPath } from './maturityPaths.ts'
import { maturityTexts } from './texts.ts'
import { useGridDocument, useSpaceMaturity } from './useMaturity.ts'

/**
 * A CLPE's grid for one campaign, filled together live by its members (the grid is a Y.Doc of
 * kind `auto-evaluation`, created by the server the first time a member opens it), then submitted.
 */
export function MaturityGridPage(): ReactNode {
  const { spaceId = '', campaignId = '' } = useParams()
  const maturity = useSpaceMaturity(spaceId)
  const entry = maturity.data?.campaigns.find((candidate) => candidate.campaign.id === campaignId)
  usePageTitle(
    entry === undefined ? maturityTexts.title : maturityTexts.gridTitle(entry.campaign.title),
  )
  if (maturity.isPending) return <Loading label={maturityTexts.gridLoading} />
  if (maturity.isError) {
    return <ErrorNotice error={maturity.error} onRetry={() => void maturity.refetch()} />
  }
  if (entry === undefined) {
    return (
      <div className="page-maturite">
        <h1 tabIndex={-1}>{maturityTexts.title}</h1>
        <p className="avis">{maturityTexts.gridMissing}</p>
        <p>
          <Link to={spaceMaturityPath(spaceId)}>
            {maturityTexts.spaceTitle(maturity.data.spaceName)}
          </Link>
        </p>
      </div>
    )
  }
  return <GridScreen view={maturity.data} entry={entry} />
}

function GridScreen(props: { view: SpaceMaturityView; entry: SpaceMaturityCampaign }): ReactNode {
  const { view, entry } = props
  const { campaign } = entry
  const { session } = useSession()
  // The server creates the grid for whoever may fill it while the campaign is open; others only
  // read a grid that exists.
  const mayCreate = entry.documentId === null && view.canEdit && campaign.status === 'ouverte'
  const created = useGridDocument(view.spaceId, campaign.id, mayCreate)
  const documentId = entry.documentId ?? created.data ?? null
  return (
    <div className="page-maturite page-grille">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to={`/espaces/${encodeURIComponent(view.spaceId)}`}>{view.spaceName}</Link>
          </li>
          <li>
            <Link to={spaceMaturityPath(view.spaceId)}>{maturityTexts.title}</Link>
          </li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>{maturityTexts.gridTitle(campaign.title)}</h1>
      <p>{maturityTexts.gridFor(view.spaceName)}</p>
      <p className="texte-long">{maturityTexts.gridIntro}</p>
      {created.isError && (
        <ErrorNotice error={created.error} onRetry={() => void created.refetch()} />
      )}
      {documentId === null && !created.isError && (
        <p className={mayCreate ? 'chargement' : 'avis'} role="status">
          {mayCreate ? maturityTexts.gridLoading : missingGridText(campaign)}
        </p>
      )}
      {documentId !== null && session != null && (
        <LiveGrid documentId={documentId} account={session.account} view={view} entry={entry} />
      )}
    </div>
  )
}

// Why there is no grid to show to someone who may not start it.
function missingGridText(campaign: MaturityCampaignView): string {
  switch (campaign.status) {
    case 'a-venir':
      return maturityTexts.opensOn(formatDay(campaign.opensAt))
    case 'ouverte':
      return maturityTexts.gridNotStarted
    case 'close':
      return maturityTexts.noGrid
    default: {
      const unknown: never = campaign.status
      return unknown
    }
  }
}
