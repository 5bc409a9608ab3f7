import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ProgrammeLineFollowUpView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { linkTexts } from './linkTexts.ts'
import { programmeTexts as texts } from './texts.ts'
import { useDeleteLink } from './useLinks.ts'

/**
 * The suivi of one line: what was delivered, the CLPE reached against the target, the survey.
 * Who may link (`canLink`) removes a link here; `onChanged` receives the message to announce.
 */
export function LineFollowUp(props: {
  followUp: ProgrammeLineFollowUpView | undefined
  canLink: boolean
  onChanged: (message: string) => void
}): ReactNode {
  const followUp = props.followUp
  const unlink = useDeleteLink()
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
                {props.canLink && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="bouton-secondaire"
                      aria-label={linkTexts.unlinkOf(link.title)}
                      disabled={unlink.isPending}
                      onClick={() => {
                        unlink.mutate(link.id, {
                          onSuccess: () => {
                            props.onChanged(linkTexts.unlinked(link.title))
                          },
                        })
                      }}
                    >
                      {linkTexts.unlink}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {unlink.isError && (
        <p className="erreur" role="alert">
          {messageOf(unlink.error)}
        </p>
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
