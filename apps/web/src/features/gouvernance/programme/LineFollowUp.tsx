import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ProgrammeLineFollowUpView } from '@maillage/protocol'
import { programmeTexts as texts } from './texts.ts'

/** The suivi of one line: what was delivered, the CLPE reached against the target, the survey. */
export function LineFollowUp(props: {
  followUp: ProgrammeLineFollowUpView | undefined
}): ReactNode {
  const followUp = props.followUp
  if (followUp === undefined) return null
  return (
    <div className="suivi-ligne">
      <p className="surtitre">{texts.followUp}</p>
      {followUp.delivered.length === 0 ? (
        <p>{texts.nothingDelivered}</p>
      ) : (
        <>
          <p>{texts.delivered} :</p>
          <ul>
            {followUp.delivered.map((link) => (
              <li key={link.id}>
                {link.path === undefined ? link.title : <Link to={link.path}>{link.title}</Link>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {texts.clpeReached(followUp.clpeReached.length, followUp.targetClpeCount)}
        {followUp.clpeReached.length > 0 &&
          ` : ${followUp.clpeReached.map((clpe) => clpe.name).join(', ')}`}
      </p>
      {followUp.surveySignals.map((signal) => (
        <p
          key={`${signal.surveyId}-${signal.toolDocumentId}`}
          className={signal.callsForAdjustment ? 'signal-ajustement' : undefined}
        >
          {texts.surveySignal(
            signal.toolTitle,
            signal.usefulness === null ? '—' : signal.usefulness.toLocaleString('fr-FR'),
            signal.answers,
          )}
          {signal.callsForAdjustment && <strong> — {texts.adjustment}</strong>}
        </p>
      ))}
    </div>
  )
}
