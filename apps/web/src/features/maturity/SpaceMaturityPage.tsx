import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import '../../styles/maturity.css'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { CAMPAIGNS_PAGE_PATH } from './maturityPaths.ts'
import { ProgressionView } from './ProgressionView.tsx'
import { SpaceCampaign } from './SpaceCampaign.tsx'
import { maturityTexts } from './texts.ts'
import { useSpaceMaturity } from './useMaturity.ts'

/**
 * A CLPE's démarche de progression: each campaign with its grid and submitted profile per theme,
 * then how the profile moved from one campaign to the next.
 */
export function SpaceMaturityPage(): ReactNode {
  const { spaceId = '' } = useParams()
  const maturity = useSpaceMaturity(spaceId)
  usePageTitle(
    maturity.data === undefined
      ? maturityTexts.title
      : maturityTexts.spaceTitle(maturity.data.spaceName),
  )
  if (maturity.isPending) return <Loading label={maturityTexts.loading} />
  if (maturity.isError) {
    return <ErrorNotice error={maturity.error} onRetry={() => void maturity.refetch()} />
  }
  const view = maturity.data
  return (
    <div className="page-maturite">
      <p className="fil-ariane">
        <Link to={`/espaces/${encodeURIComponent(view.spaceId)}`}>
          {maturityTexts.backToSpace(view.spaceName)}
        </Link>{' '}
        · <Link to={CAMPAIGNS_PAGE_PATH}>{maturityTexts.allCampaigns}</Link>
      </p>
      <h1 tabIndex={-1}>{maturityTexts.spaceTitle(view.spaceName)}</h1>
      {view.campaigns.length === 0 ? (
        <p>{maturityTexts.noneForMember}</p>
      ) : (
        [...view.campaigns]
          .reverse()
          .map((entry) => (
            <SpaceCampaign
              key={entry.campaign.id}
              spaceId={view.spaceId}
              entry={entry}
              canEdit={view.canEdit}
            />
          ))
      )}
      <section className="carte" aria-labelledby="titre-progression">
        <h2 id="titre-progression">{maturityTexts.progressionHeading}</h2>
        <ProgressionView steps={view.progression} />
      </section>
    </div>
  )
}
