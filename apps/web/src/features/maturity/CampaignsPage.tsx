import type { ReactNode } from 'react'
import '../../styles/maturity.css'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { CampaignCard } from './CampaignCard.tsx'
import { NewCampaignForm } from './NewCampaignForm.tsx'
import { maturityTexts } from './texts.ts'
import { useCampaigns } from './useMaturity.ts'

/**
 * The campaigns of the démarche de progression: the regional team opens and closes them and
 * follows which CLPE submitted; members find their CLPE's grid.
 */
export function CampaignsPage(): ReactNode {
  usePageTitle(maturityTexts.title)
  const campaigns = useCampaigns()
  return (
    <div className="page-maturite">
      <h1 tabIndex={-1}>{maturityTexts.title}</h1>
      <p className="texte-long">{maturityTexts.intro}</p>
      {campaigns.isPending && <Loading label={maturityTexts.loading} />}
      {campaigns.isError && (
        <ErrorNotice error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      )}
      {campaigns.data !== undefined && (
        <>
          {campaigns.data.canManage && <NewCampaignForm />}
          <section aria-labelledby="titre-campagnes">
            <h2 id="titre-campagnes">{maturityTexts.campaignsHeading}</h2>
            {campaigns.data.campaigns.length === 0 ? (
              <p>{campaigns.data.canManage ? maturityTexts.none : maturityTexts.noneForMember}</p>
            ) : (
              <ul className="liste-campagnes">
                {[...campaigns.data.campaigns].reverse().map((campaign) => (
                  <CampaignCard
                    key={campaign.id}
                    campaign={campaign}
                    canManage={campaigns.data.canManage}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  )
}
