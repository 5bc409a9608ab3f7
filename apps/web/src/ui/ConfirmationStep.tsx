import { useEffect, useRef, type ReactNode } from 'react'
import '../styles/confirmationStep.css'

/**
 * A question asked in place of the button that raised it, with « confirm » and « cancel »: the
 * step before an action that cannot be undone. The focus moves to the question when it appears,
 * so that a screen reader reads it out; the caller puts it back on its button after « Annuler ».
 */
export function ConfirmationStep(props: {
  /** Names the group of the question and its buttons. */
  label: string
  question: string
  /** What the action does or does not change, under the question. */
  details?: string
  confirmLabel: string
  pendingLabel: string
  cancelLabel: string
  pending: boolean
  onConfirm: () => void
  onCancel: () => void
}): ReactNode {
  const question = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    question.current?.focus()
  }, [])
  return (
    <div className="etape-confirmation" role="group" aria-label={props.label}>
      <p ref={question} tabIndex={-1} className="question">
        {props.question}
      </p>
      {props.details !== undefined && <p>{props.details}</p>}
      <div className="boutons">
        <button
          type="button"
          className="bouton-danger"
          disabled={props.pending}
          onClick={props.onConfirm}
        >
          {props.pending ? props.pendingLabel : props.confirmLabel}
        </button>
        <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </div>
  )
}
