import { useEffect, useRef, type ReactNode } from 'react'

/**
 * A question asked in place of the button that raised it, with its two answers. The focus moves
 * to the question when it appears, so that a screen reader reads it out.
 */
export function InlineConfirmation(props: {
  /** Names the group of the question and its buttons. */
  label: string
  question: string
  confirmLabel: string
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
    <div className="confirmation" role="group" aria-label={props.label}>
      <p ref={question} tabIndex={-1}>
        {props.question}
      </p>
      <button
        type="button"
        className="bouton-principal"
        disabled={props.pending}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
    </div>
  )
}
