import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { ConnectionState } from './ConnectionState.ts'
import { CONNECTION_STATE_TEXTS, READ_ONLY_STATE_TEXTS, collaborationTexts } from './texts.ts'

/**
 * The connection's status, announced politely to screen readers when it changes, with what to do
 * when the server stopped the connection. For a person who may only read (`readOnly`, from
 * `useCollaborativeDocument`), it says « Lecture seule » and never « Synchronisé »: nothing they
 * type is sent.
 */
export function StatusLine(props: {
  state: ConnectionState
  readOnly: boolean
  onReconnect: () => void
}): ReactNode {
  const location = useLocation()
  const { state } = props
  const texts = props.readOnly ? READ_ONLY_STATE_TEXTS : CONNECTION_STATE_TEXTS
  return (
    <div className={`ligne-etat etat-${state}${props.readOnly ? ' lecture-seule' : ''}`}>
      <span className="pastille-etat" aria-hidden="true" />
      <p role="status" aria-live="polite">
        {texts[state]}
      </p>
      {state === 'refused' && (
        <button type="button" className="bouton-secondaire" onClick={props.onReconnect}>
          {collaborationTexts.reconnect}
        </button>
      )}
      {state === 'session-expired' && (
        <Link to={`/connexion?retour=${encodeURIComponent(location.pathname)}`}>
          {collaborationTexts.signInAgain}
        </Link>
      )}
    </div>
  )
}
