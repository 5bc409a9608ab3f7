import type { ReactNode } from 'react'
import { REACTION_KINDS, REACTION_KIND_NAMES, type ReactionKind } from '@maillage/schema'
import { messageOf } from '../../../../api/ApiError.ts'
import { timerTexts as texts } from './texts.ts'

/**
 * The reactions a participant sends (« D’accord », « Bravo »…): one button each, named by its
 * French label; the server's refusal (too fast) shows under them.
 */
export function ReactionsBar(props: {
  onReact: (kind: ReactionKind) => void
  error: unknown
}): ReactNode {
  return (
    <div className="barre-reactions">
      <div role="group" aria-label={texts.react} className="boutons-reactions">
        {REACTION_KIND_NAMES.map((kind) => {
          const { emoji, label } = REACTION_KINDS[kind]
          return (
            <button
              key={kind}
              type="button"
              className="bouton-reaction"
              aria-label={texts.reactAs(label)}
              title={label}
              onClick={() => {
                props.onReact(kind)
              }}
            >
              <span aria-hidden="true">{emoji}</span>
            </button>
          )
        })}
      </div>
      {props.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(props.error)}
        </p>
      )}
    </div>
  )
}
