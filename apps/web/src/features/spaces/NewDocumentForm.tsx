import { useId, useState, type SubmitEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { DOCUMENT_KIND_LABELS, DocumentKind, KINDS_WITH_OWN_WORKFLOW } from '@maillage/schema'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { spaceTexts } from './texts.ts'
import { useCreateDocument } from '../../api/useSpaceDocuments.ts'

/**
 * Creates a document of a chosen kind in the space, then opens it. A refused submission shows the
 * error summary, which takes the focus.
 */
export function NewDocumentForm(props: { spaceId: string }): ReactNode {
  const create = useCreateDocument(props.spaceId)
  const navigate = useNavigate()
  const [kind, setKind] = useState<string>(DocumentKind.FicheAction)
  const [title, setTitle] = useState('')
  const [missingTitle, setMissingTitle] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const kindId = useId()
  const titleId = useId()
  const headingId = useId()

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    setMissingTitle(title.trim() === '')
    if (title.trim() === '') {
      setAttempt((previous) => previous + 1)
      return
    }
    create.mutate(
      { kind, title: title.trim() },
      {
        onSuccess: (document) => void navigate(`/documents/${document.id}`),
        onError: () => {
          setAttempt((previous) => previous + 1)
        },
      },
    )
  }

  const errors = fieldErrors(create.error)
  const summary = formErrorsOf({
    apiError: missingTitle ? null : create.error,
    fieldIds: { kind: kindId, title: titleId },
    checked: missingTitle ? { title: spaceTexts.emptyTitle } : {},
  })
  return (
    <section className="carte" aria-labelledby={headingId}>
      <h2 id={headingId}>{spaceTexts.newDocumentHeading}</h2>
      <form
        className="formulaire formulaire-en-ligne"
        onSubmit={handleSubmit}
        noValidate
        aria-labelledby={headingId}
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        <div className="champ">
          <label htmlFor={kindId}>{spaceTexts.kindLabel}</label>
          <select
            id={kindId}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value)
            }}
          >
            {Object.values(DocumentKind)
              .filter((value) => !KINDS_WITH_OWN_WORKFLOW.has(value))
              .map((value) => (
                <option key={value} value={value}>
                  {DOCUMENT_KIND_LABELS[value]}
                </option>
              ))}
          </select>
        </div>
        <TextField
          id={titleId}
          label={spaceTexts.titleLabel}
          hint={spaceTexts.titleHint}
          value={title}
          maxLength={300}
          required
          error={missingTitle ? spaceTexts.emptyTitle : errors.title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={create.isPending}>
          {create.isPending ? spaceTexts.creating : spaceTexts.create}
        </button>
      </form>
    </section>
  )
}
