import type { ReactNode } from 'react'
import type { AtelierSummaryView } from '@maillage/protocol'
import { atelierTexts } from './texts.ts'

/** The live state of an atelier and the signed-in person's place in it, as badges. */
export function AtelierBadges(props: { atelier: AtelierSummaryView }): ReactNode {
  const { session, registration } = props.atelier
  const live = session.state === 'en-cours'
  const ended = session.state === 'terminee'
  if (!live && !ended && registration === undefined) return null
  return (
    <p className="badges-atelier">
      {live && <span className="badge badge-direct">{atelierTexts.live}</span>}
      {ended && <span className="badge">{atelierTexts.ended}</span>}
      {registration?.status === 'inscrit' && (
        <span className="badge badge-inscrit">{atelierTexts.registered}</span>
      )}
      {registration?.status === 'liste-attente' && (
        <span className="badge badge-attente">{atelierTexts.waiting(registration.position)}</span>
      )}
    </p>
  )
}
