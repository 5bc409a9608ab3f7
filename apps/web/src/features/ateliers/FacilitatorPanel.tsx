import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { AtelierRegistrantView, AtelierView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { CompteRenduAction } from './CompteRenduAction.tsx'
import { formatParisDateTime, formatParisTime } from './formatAtelierTime.ts'
import { atelierPageTexts as texts, ordinal } from './texts.ts'
import { useRegistrants } from './useAteliers.ts'
import { VisioLinkForm } from './VisioLinkForm.tsx'

/**
 * The facilitators' part of an atelier's page: edit it, set its visio link, open its session,
 * draft the compte rendu afterwards; who registered (seats, then the waiting list) and who came.
 */
export function FacilitatorPanel(props: { atelier: AtelierView }): ReactNode {
  const { atelier } = props
  const registrants = useRegistrants(atelier.id, true)
  const state = atelier.session.state
  const seated = (registrants.data ?? []).filter((entry) => entry.status === 'inscrit')
  const waiting = (registrants.data ?? []).filter((entry) => entry.status === 'liste-attente')

  return (
    <section className="carte panneau-animation" aria-labelledby="titre-animation">
      <h2 id="titre-animation">{texts.facilitation}</h2>
      <div className="actions-page">
        {state === 'terminee' ? (
          <CompteRenduAction
            atelierId={atelier.id}
            compteRenduId={atelier.compteRenduId}
            canDraft
          />
        ) : (
          <Link className="bouton-principal" to={`/ateliers/${atelier.id}/session`}>
            {texts.openSession}
          </Link>
        )}
        <Link to={`/documents/${atelier.id}`}>{texts.edit}</Link>
      </div>
      <p className="aide">{texts.editHint}</p>
      <VisioLinkForm atelier={atelier} />
      {state !== 'a-venir' && <Attendance atelier={atelier} />}
      <h3>{texts.registrants}</h3>
      {registrants.isPending && <Loading label={texts.registrantsLoading} />}
      {registrants.isError && (
        <ErrorNotice error={registrants.error} onRetry={() => void registrants.refetch()} />
      )}
      {registrants.data !== undefined && (
        <>
          <RegistrantTable
            caption={texts.seated(seated.length)}
            empty={texts.noneSeated}
            registrants={seated}
            ranked={false}
          />
          <RegistrantTable
            caption={texts.waitingList(waiting.length)}
            empty={texts.noneWaiting}
            registrants={waiting}
            ranked
          />
        </>
      )}
    </section>
  )
}

function RegistrantTable(props: {
  caption: string
  empty: string
  registrants: readonly AtelierRegistrantView[]
  ranked: boolean
}): ReactNode {
  if (props.registrants.length === 0) {
    return (
      <p>
        <strong>{props.caption}</strong> — {props.empty}
      </p>
    )
  }
  return (
    <table className="tableau-inscrits">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.ranked && <th scope="col">{texts.position}</th>}
          <th scope="col">{texts.name}</th>
          <th scope="col">{texts.email}</th>
          <th scope="col">{texts.registeredAt}</th>
        </tr>
      </thead>
      <tbody>
        {props.registrants.map((entry) => (
          <tr key={entry.person.id}>
            {props.ranked && <td>{entry.position === undefined ? '' : ordinal(entry.position)}</td>}
            <th scope="row">{entry.person.name}</th>
            <td>
              <a href={`mailto:${entry.email}`}>{entry.email}</a>
            </td>
            <td>{formatParisDateTime(entry.registeredAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Attendance(props: { atelier: AtelierView }): ReactNode {
  const { attendance } = props.atelier
  return (
    <>
      <h3 id="titre-presents">{texts.attendance(attendance.length)}</h3>
      {attendance.length === 0 ? (
        <p className="aide">{texts.noAttendance}</p>
      ) : (
        <table className="tableau-inscrits" aria-labelledby="titre-presents">
          <thead>
            <tr>
              <th scope="col">{texts.name}</th>
              <th scope="col">{texts.firstSeen}</th>
              <th scope="col">{texts.lastSeen}</th>
            </tr>
          </thead>
          <tbody>
            {attendance.map((entry) => (
              <tr key={entry.person.id}>
                <th scope="row">{entry.person.name}</th>
                <td>{formatParisTime(entry.firstSeenAt)}</td>
                <td>{formatParisTime(entry.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
