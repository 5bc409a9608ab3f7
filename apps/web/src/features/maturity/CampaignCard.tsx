import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { MaturityCampaignSpace, MaturityCampaignView } from '@maillage/schema'
import { formatDateTime } from '../../ui/formatDate.ts'
import { formatDay } from './formatDay.ts'
import { CloseCampaignButton } from './CloseCampaignButton.tsx'
import { gridPath, spaceMaturityPath } from './maturityPaths.ts'
import { maturityTexts } from './texts.ts'

/**
 * One campaign: its status and period, how many CLPE submitted; for the regional team the state
 * of each CLPE (folded, as there are 26) and the closing button; for members a link to their
 * CLPE's grid.
 */
export function CampaignCard(props: {
  campaign: MaturityCampaignView
  canManage: boolean
}): ReactNode {
  const { campaign, canManage } = props
  const headingId = useId()
  return (
    <li className="carte campagne">
      <h3 id={headingId}>
        {campaign.title}
        <span className="badge">{maturityTexts.status[campaign.status] ?? campaign.status}</span>
      </h3>
      <p className="aide">
        {maturityTexts.period(formatDay(campaign.opensAt), formatDay(campaign.closesAt))} ·{' '}
        {maturityTexts.submittedCount(campaign.submittedCount, campaign.targetCount)}
      </p>
      {canManage ? (
        <SpacesTable campaign={campaign} />
      ) : (
        <ul className="actions-campagne">
          {campaign.spaces.map((space) => (
            <li key={space.spaceId}>
              <MemberLink campaign={campaign} space={space} />
            </li>
          ))}
        </ul>
      )}
      {canManage && campaign.status !== 'close' && (
        <CloseCampaignButton campaignId={campaign.id} title={campaign.title} />
      )}
    </li>
  )
}

function MemberLink(props: {
  campaign: MaturityCampaignView
  space: MaturityCampaignSpace
}): ReactNode {
  const { campaign, space } = props
  if (campaign.status === 'a-venir' || (campaign.status === 'close' && space.documentId === null)) {
    return (
      <Link to={spaceMaturityPath(space.spaceId)}>{maturityTexts.openSpace(space.spaceName)}</Link>
    )
  }
  const label =
    campaign.status === 'ouverte'
      ? maturityTexts.fillFor(space.spaceName)
      : maturityTexts.viewFor(space.spaceName)
  return <Link to={gridPath(space.spaceId, campaign.id)}>{label}</Link>
}

function SpacesTable(props: { campaign: MaturityCampaignView }): ReactNode {
  const { campaign } = props
  return (
    <details className="clpe-campagne">
      <summary>{maturityTexts.perSpace(campaign.title)}</summary>
      <table className="tableau-mesures">
        <caption className="visuellement-cache">{maturityTexts.perSpace(campaign.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{maturityTexts.spaceCol}</th>
            <th scope="col">{maturityTexts.stateCol}</th>
            <th scope="col">{maturityTexts.submittedCol}</th>
          </tr>
        </thead>
        <tbody>
          {campaign.spaces.map((space) => (
            <tr key={space.spaceId}>
              <th scope="row">
                <Link to={spaceMaturityPath(space.spaceId)}>{space.spaceName}</Link>
              </th>
              <td>{stateOf(space)}</td>
              <td>{space.submittedAt === null ? '—' : formatDateTime(space.submittedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

function stateOf(space: MaturityCampaignSpace): string {
  if (space.submittedAt !== null) return maturityTexts.submitted
  return space.documentId === null ? maturityTexts.notStarted : maturityTexts.inProgress
}
