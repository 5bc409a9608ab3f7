import type { ReactNode } from 'react'
import { messageOf } from '../api/ApiError.ts'

/** An error shown to people, in French, with an optional "Réessayer" action. */
export function ErrorNotice(props: { error: unknown; onRetry?: () => void }): ReactNode {
  return (
    <div className="erreur" role="alert">
      <p>{messageOf(props.error)}</p>
      {props.onRetry !== undefined && (
        <button type="button" className="bouton-secondaire" onClick={props.onRetry}>
          Réessayer
        </button>
      )}
    </div>
  )
}
