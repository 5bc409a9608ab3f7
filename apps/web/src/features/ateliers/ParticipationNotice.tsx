import type { ReactNode } from 'react'
import type { AtelierView } from '@maillage/protocol'
import { messageOf } from '../../api/ApiError.ts'
import { sessionTexts as texts } from './texts.ts'
import { useRegistration } from './useAteliers.ts'

/**
 * What a person who follows the session read-only is told: why they cannot write, and, when they
 * may, « S’inscrire pour participer » (the page then reconnects with their new rights).
 */
export function ParticipationNotice(props: { atelier: AtelierView; ended: boolean }): ReactNode {
  const { atelier } = props
  const registration = useRegistration(atelier.id)
  if (atelier.registration?.status === 'liste-attente') {
    return <p className="avis">{texts.readOnlyWaiting}</p>
  }
  // Once the session ended, nobody adds to it any more: nothing to join.
  if (props.ended) return null
  return (
    <div className="avis appel-inscription">
      <p>{texts.readOnly}</p>
      {atelier.can.register && (
        <button
          type="button"
          className="bouton-principal"
          disabled={registration.isPending}
          onClick={() => {
            registration.mutate('register')
          }}
        >
          {texts.registerToParticipate}
        </button>
      )}
      {registration.isError && (
        <p className="erreur" role="alert">
          {messageOf(registration.error)}
        </p>
      )}
    </div>
  )
}
