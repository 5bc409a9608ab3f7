import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

/** Props of a {@link TextField}: a label, the field's error if any, and the input's own props. */
export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  readonly label: string
  readonly error?: string | undefined
  readonly hint?: string
}

/**
 * A labelled input whose hint and error message are tied to it (`aria-describedby`). Its `id` is
 * generated unless given (an error summary links to it).
 */
export function TextField(props: TextFieldProps): ReactNode {
  const { label, error, hint, id: givenId, ...input } = props
  const generatedId = useId()
  const id = givenId ?? generatedId
  const hintId = `${id}-aide`
  const errorId = `${id}-erreur`
  const describedBy = [hint !== undefined && hintId, error !== undefined && errorId]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={error === undefined ? 'champ' : 'champ champ-en-erreur'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="aide" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        {...input}
      />
      {error !== undefined && (
        <p className="message-erreur" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}
