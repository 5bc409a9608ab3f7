import type { ReactNode } from 'react'
import type { ConnectionState } from '../../collaboration/index.ts'
import { THREAD_CONNECTION_TEXTS } from './texts.ts'

/** Whether the thread is followed live, announced politely when that changes. */
export function ThreadConnection(props: { state: ConnectionState }): ReactNode {
  return (
    <div className={`ligne-etat etat-${props.state}`}>
      <span className="pastille-etat" aria-hidden="true" />
      <p role="status">{THREAD_CONNECTION_TEXTS[props.state]}</p>
    </div>
  )
}
