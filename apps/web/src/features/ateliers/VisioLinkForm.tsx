import { useId, useState, type ReactNode } from 'react'
import type { AtelierView } from '@maillage/protocol'
import { httpsUrlOf } from '@maillage/schema'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { atelierPageTexts as texts } from './texts.ts'
import { useUpdateAtelier } from './useAteliers.ts'

/**
 * The facilitators' form for the atelier's visio link: the current link, and a field to change or
 * remove it. The server keeps the link out of the atelier's document (every reader receives the
 * document) and gives it to seat holders only. A refused link shows the error summary, which takes
 * the focus.
 */
export function VisioLinkForm(props: { atelier: AtelierView }): ReactNode {
  const { atelier } = props
  const update = useUpdateAtelier(atelier.id)
  const [value, setValue] = useState(atelier.visioLink)
  const [invalid, setInvalid] = useState(false)
  const [outcome, setOutcome] = useState<'saved' | 'removed' | null>(null)
  const [attempt, setAttempt] = useState(0)
  const fieldId = useId()
  const serverError = fieldErrors(update.error)['visioLink']
  const current = httpsUrlOf(atelier.visioLink)

  function handleSubmit(): void {
    const link = value.trim()
    update.reset()
    setOutcome(null)
    if (link !== '' && httpsUrlOf(link) !== link) {
      setInvalid(true)
      setAttempt((previous) => previous + 1)
      return
    }
    setInvalid(false)
    update.mutate(
      { visioLink: link },
      {
        onSuccess: (updated) => {
          setValue(updated.visioLink)
          setOutcome(link === '' ? 'removed' : 'saved')
        },
        onError: () => {
          setAttempt((previous) => previous + 1)
        },
      },
    )
  }

  return (
    <section aria-labelledby="titre-visio">
      <h3 id="titre-visio">{texts.visioForm}</h3>
      <p>
        {current === '' ? (
          texts.visioNone
        ) : (
          <>
            {texts.visioCurrent}{' '}
            <a href={current} target="_blank" rel="noopener noreferrer">
              {current} <span className="visuellement-cache">{texts.newWindow}</span>
            </a>
          </>
        )}
      </p>
      <form
        className="formulaire formulaire-en-ligne"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          handleSubmit()
        }}
      >
        <ErrorSummary
          errors={formErrorsOf({
            apiError: invalid ? null : update.error,
            fieldIds: { visioLink: fieldId },
            checked: invalid ? { visioLink: texts.visioInvalid } : {},
          })}
          attempt={attempt}
        />
        <TextField
          id={fieldId}
          label={texts.visioForm}
          type="url"
          value={value}
          hint={texts.visioFormHint}
          error={invalid ? texts.visioInvalid : serverError}
          onChange={(event) => {
            setValue(event.target.value)
          }}
        />
        <button type="submit" className="bouton-secondaire" disabled={update.isPending}>
          {update.isPending ? texts.visioSaving : texts.visioSave}
        </button>
      </form>
      <div role="status">
        {outcome !== null && (
          <p className="succes">{outcome === 'saved' ? texts.visioSaved : texts.visioRemoved}</p>
        )}
      </div>
    </section>
  )
}
