import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import type { PersonRefView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { findMentionCandidates } from './commentsApi.ts'
import { commentTexts } from './texts.ts'

/** What a form sends: the text and the people it mentions as `@Name`. */
export interface CommentInput {
  readonly texte: string
  readonly mentions: readonly string[]
}

// `@` then the start of a name, just before the caret.
const MENTION_QUERY = /@([\p{L}’' -]{0,40})$/u

/**
 * The text of a new comment or a reply, with `@` mentions: after `@` and the start of a name, the
 * members of the space who match are offered as buttons; choosing one writes `@Name ` and mentions
 * that person. Sends on submit; the text is kept if sending fails.
 */
export function CommentForm(props: {
  documentId: string
  label: string
  submitLabel: string
  onSubmit: (input: CommentInput) => Promise<void>
  onCancel?: () => void
  autoFocus?: boolean
  /** The text the field starts with (a message being changed). */
  initialText?: string
}): ReactNode {
  const api = useApi()
  const id = useId()
  const [text, setText] = useState(props.initialText ?? '')
  const [mentioned, setMentioned] = useState<ReadonlyMap<string, string>>(new Map())
  const [candidates, setCandidates] = useState<readonly PersonRefView[]>([])
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  async function handleChange(value: string, caret: number): Promise<void> {
    setText(value)
    const match = MENTION_QUERY.exec(value.slice(0, caret))
    if (match === null) {
      setCandidates([])
      return
    }
    try {
      setCandidates(await findMentionCandidates(api, props.documentId, match[1] ?? ''))
    } catch {
      // No suggestions when the server cannot be asked (offline): the text is still sent.
      setCandidates([])
    }
  }

  function handleChoose(person: PersonRefView): void {
    setText((current) => current.replace(MENTION_QUERY, `@${person.name} `))
    setMentioned((current) => new Map(current).set(person.id, person.name))
    setCandidates([])
    document.getElementById(id)?.focus()
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (text.trim() === '') {
      setError(commentTexts.emptyText)
      return
    }
    const mentions = [...mentioned].filter(([, name]) => text.includes(`@${name}`))
    setSending(true)
    setError(null)
    try {
      await props.onSubmit({ texte: text, mentions: mentions.map(([personId]) => personId) })
      setText('')
      setMentioned(new Map())
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setSending(false)
    }
  }

  return (
    <form className="formulaire-commentaire" onSubmit={(event) => void handleSubmit(event)}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        maxLength={5000}
        autoFocus={props.autoFocus}
        aria-describedby={`${id}-aide`}
        aria-invalid={error !== null}
        onChange={(event) => {
          void handleChange(event.target.value, event.target.selectionStart)
        }}
      />
      <p className="aide" id={`${id}-aide`}>
        {commentTexts.mentionHint}
      </p>
      {candidates.length > 0 && (
        <ul className="mentions-proposees" aria-label={commentTexts.mentionsLabel}>
          {candidates.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="bouton-lien"
                onClick={() => {
                  handleChoose(person)
                }}
              >
                @{person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error !== null && (
        <p className="erreur" role="alert">
          {error}
        </p>
      )}
      <div className="actions-commentaire">
        <button type="submit" className="bouton-principal" disabled={sending}>
          {props.submitLabel}
        </button>
        {props.onCancel !== undefined && (
          <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
            {commentTexts.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
