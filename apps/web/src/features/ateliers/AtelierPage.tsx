import { useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { AccountView, AtelierView } from '@maillage/protocol'
import { ATELIER_FORMAT_OPTIONS, optionLabel } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { AtelierBadges } from './AtelierBadges.tsx'
import { AtelierContentSection } from './AtelierContentSection.tsx'
import { AtelierFacts } from './AtelierFacts.tsx'
import { FacilitatorPanel } from './FacilitatorPanel.tsx'
import { formatAtelierDay, formatAtelierHours } from './formatAtelierTime.ts'
import { isAtelierPast } from './isAtelierPast.ts'
import { RegistrationPanel } from './RegistrationPanel.tsx'
import { atelierPageTexts, atelierTexts } from './texts.ts'
import { useAtelier } from './useAteliers.ts'
import type { ProgrammeMentionComponent } from '../../documents/index.ts'
import '../../styles/ateliers.css'

/** One atelier: when and what, registration, the session, and the facilitators' tools. */
export function AtelierPage(props: { ProgrammeMention: ProgrammeMentionComponent }): ReactNode {
  const { atelierId = '' } = useParams()
  const { session } = useSession()
  const atelier = useAtelier(atelierId)
  usePageTitle(atelier.data?.title ?? atelierTexts.loadingAtelier)
  if (atelier.isPending) return <Loading label={atelierTexts.loadingAtelier} />
  if (atelier.isError || session == null) {
    return <ErrorNotice error={atelier.error} onRetry={() => void atelier.refetch()} />
  }
  return (
    <AtelierDetail
      atelier={atelier.data}
      account={session.account}
      ProgrammeMention={props.ProgrammeMention}
    />
  )
}

function AtelierDetail(props: {
  atelier: AtelierView
  account: AccountView
  ProgrammeMention: ProgrammeMentionComponent
}): ReactNode {
  const { atelier, ProgrammeMention } = props
  const [now] = useState(() => Date.now())
  const past = isAtelierPast(atelier, now)
  const day = formatAtelierDay(atelier)
  const hours = formatAtelierHours(atelier)
  const state = atelier.session.state

  return (
    <article className="page-atelier">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to="/ateliers">{atelierTexts.backToProgramme}</Link>
          </li>
          <li aria-current="page">{atelier.title}</li>
        </ol>
      </nav>
      {atelier.format !== '' && (
        <p className="surtitre">{optionLabel(ATELIER_FORMAT_OPTIONS, atelier.format)}</p>
      )}
      <h1 tabIndex={-1}>{atelier.title}</h1>
      <AtelierBadges atelier={atelier} />
      <ProgrammeMention kind="atelier" id={atelier.id} />
      <AtelierFacts atelier={atelier} past={past}>
        <div>
          <dt>{atelierTexts.when}</dt>
          <dd>{day ?? atelierTexts.dateToBeSet}</dd>
        </div>
        {hours !== null && (
          <div>
            <dt>{atelierTexts.schedule}</dt>
            <dd>{hours}</dd>
          </div>
        )}
      </AtelierFacts>
      {state === 'en-cours' && (
        <div className="appel-session">
          <p>{atelierPageTexts.liveNotice}</p>
          <Link className="bouton-principal bouton-direct" to={`/ateliers/${atelier.id}/session`}>
            {atelierPageTexts.joinSession}
          </Link>
        </div>
      )}
      {state === 'a-venir' && !past && !atelier.can.facilitate && (
        <p className="aide">
          {atelierPageTexts.sessionAhead}{' '}
          <Link to={`/ateliers/${atelier.id}/session`}>{atelierPageTexts.openSessionPage}</Link>
        </p>
      )}
      {state === 'terminee' && (
        <p>
          <Link to={`/ateliers/${atelier.id}/session`}>{atelierPageTexts.sessionNotes}</Link>
        </p>
      )}
      <div className="atelier-colonnes">
        <div className="atelier-principal">
          {/* Opening the atelier's document while its session runs counts as attending it: this
              page stays off it then, and points to the session's page. */}
          {state === 'en-cours' ? (
            <p className="aide">{atelierPageTexts.contentInSession}</p>
          ) : (
            <AtelierContentSection atelier={atelier} account={props.account} />
          )}
        </div>
        <div className="atelier-cote">
          <RegistrationPanel atelier={atelier} past={past} />
        </div>
      </div>
      {atelier.can.facilitate && <FacilitatorPanel atelier={atelier} />}
    </article>
  )
}
