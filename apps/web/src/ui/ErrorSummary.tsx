import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react'
import { formatCount } from './plural.ts'

/** One error of a form: its French message and the id of the field (or group of fields) at fault. */
export interface FormError {
  readonly message: string
  /** Id of the input, or of the fieldset or wrapper whose first control takes the focus. */
  readonly fieldId?: string
}

const CONTROLS = 'input, select, textarea, [contenteditable="true"]'

/**
 * The summary at the top of a form that failed (RGAA 11.10, DSFR and GOV.UK pattern): « Le
 * formulaire contient N erreur(s) » and one link per error that puts the focus in its field. It
 * takes the focus itself each time `attempt` changes, so that a keyboard or screen reader user
 * hears what to fix right after « Envoyer ». Renders nothing without errors.
 */
export function ErrorSummary(props: {
  errors: readonly FormError[]
  /** Bumped by the form at each refused submission. */
  attempt: number
}): ReactNode {
  const box = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const shown = props.errors.length > 0
  useEffect(() => {
    if (props.attempt > 0 && shown) box.current?.focus()
  }, [props.attempt, shown])

  if (!shown) return null
  return (
    <div
      ref={box}
      className="erreur resume-erreurs"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 id={titleId}>
        Le formulaire contient {formatCount(props.errors.length, 'erreur', 'erreurs')}
      </h2>
      <ul>
        {props.errors.map((error) => (
          <li key={`${error.fieldId ?? ''}${error.message}`}>
            {error.fieldId === undefined ? (
              error.message
            ) : (
              <a href={`#${error.fieldId}`} onClick={focusField(error.fieldId)}>
                {error.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

// The link puts the focus in the field itself (a fragment only scrolls), and shows its label.
function focusField(fieldId: string) {
  return (event: MouseEvent<HTMLAnchorElement>): void => {
    const target = document.getElementById(fieldId)
    if (target === null) return
    event.preventDefault()
    const control = target.matches(CONTROLS) ? target : target.querySelector<HTMLElement>(CONTROLS)
    const field = target.closest<HTMLElement>('.champ, .composeur') ?? target
    field.scrollIntoView({ block: 'start' })
    control?.focus({ preventScroll: true })
  }
}
