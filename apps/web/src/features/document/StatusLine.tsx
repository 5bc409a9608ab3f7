import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { ConnectionState } from './ConnectionState.ts'
import { CONNECTION_STATE_TEXTS, documentTexts } from './texts.ts'

/**
 * The connection's status, announced politely to screen readers when it changes, with what to do
 * when the server stopped the connection.
 */
export function StatusLine(props: { state: ConnectionState; onReconnect: () => void }): ReactNode {
  const location = useLocation()
  const { state } = props
  return (
    <div className={`ligne-etat etat-${state}`}>
      <span className="pastille-etat" aria-hidden="true" />
      <p role="status" aria-live="polite">
        {CONNECTION_STATE_TEXTS[state]}
      </p>
      {state === 'refused' && (
        <button type="button" className="bouton-secondaire" onClick={props.onReconnect}>
          {documentTexts.reconnect}
        </button>
      )}
      {state === 'session-expired' && (
        <Link to={`/connexion?retour=${encodeURIComponent(location.pathname)}`}>
          {documentTexts.signInAgain}
        </Link>
      )}
    </div>
  )
}
