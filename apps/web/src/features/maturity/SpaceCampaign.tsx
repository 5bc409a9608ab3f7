import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { SpaceMaturityCampaign } from '@maillage/schema'
import { formatDateTime } from '../../ui/formatDate.ts'
import { formatDay } from './formatDay.ts'
import { gridPath } from './maturityPaths.ts'
import { ProfileView } from './ProfileView.tsx'
import { maturityTexts } from './texts.ts'

/** One campaign as a CLPE lives it: the link to its grid, and its submitted profile. */
export function SpaceCampaign(props: {
  spaceId: string
  entry: SpaceMaturityCampaign
  canEdit: boolean
}): ReactNode {
  const { spaceId, entry, canEdit } = props
  const { campaign } = entry
  const headingId = useId()
  return (
    <section className="carte campagne" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {campaign.title}
        <span className="badge">{maturityTexts.status[campaign.status] ?? campaign.status}</span>
      </h2>
      <p className="aide">
        {maturityTexts.period(formatDay(campaign.opensAt), formatDay(campaign.closesAt))}
      </p>
      <p>
        {entry.submittedAt === null
          ? maturityTexts.notSubmittedYet
          : maturityTexts.submittedBy(formatDateTime(entry.submittedAt), entry.submittedByName)}
      </p>
      <GridLink spaceId={spaceId} entry={entry} canEdit={canEdit} />
      {entry.profile !== null && (
        <ProfileView
          profile={entry.profile}
          caption={maturityTexts.profileCaption(campaign.title)}
        />
      )}
    </section>
  )
}

function GridLink(props: {
  spaceId: string
  entry: SpaceMaturityCampaign
  canEdit: boolean
}): ReactNode {
  const { spaceId, entry, canEdit } = props
  const { campaign } = entry
  if (campaign.status === 'a-venir') {
    return <p className="aide">{maturityTexts.opensOn(formatDay(campaign.opensAt))}</p>
  }
  const open = campaign.status === 'ouverte'
  const fill = open && canEdit
  if (!fill && entry.documentId === null) {
    return <p className="aide">{open ? maturityTexts.gridNotStarted : maturityTexts.noGrid}</p>
  }
  return (
    <p>
      <Link
        className={fill ? 'bouton-principal' : 'bouton-secondaire'}
        to={gridPath(spaceId, campaign.id)}
      >
        {fill ? maturityTexts.fill : maturityTexts.view}
        <span className="visuellement-cache"> « {campaign.title} »</span>
      </Link>
    </p>
  )
}
