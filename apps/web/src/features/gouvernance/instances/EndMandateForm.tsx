import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import type { MandateChangeView, MandateView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { fieldErrors } from '../../../ui/fieldErrors.ts'
import { instancesTexts as texts } from './texts.ts'
import { useEndMandate } from './useInstances.ts'

/**
 * « Terminer le mandat » of one member: a button that opens the choice of the last day (today by
 * default), then ends the mandate. `onEnded` gets the answer (the rule may be broken).
 */
export function EndMandateForm(props: {
  instanceId: string
  mandate: MandateView
  today: string
  onEnded: (change: MandateChangeView) => void
}): ReactNode {
  const end = useEndMandate(props.instanceId)
  const [open, setOpen] = useState(false)
  const [endsOn, setEndsOn] = useState(props.today)
  const inputId = useId()
  const errorId = `${inputId}-erreur`

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    end.mutate(
      { mandateId: props.mandate.id, endsOn },
      {
        onSuccess: (change) => {
          setOpen(false)
          props.onEnded(change)
        },
      },
    )
  }

  if (!open) {
    return (
      <button
        type="button"
        className="bouton-secondaire"
        aria-label={`${texts.endMandate} : ${props.mandate.name}`}
        onClick={() => {
          end.reset()
          setOpen(true)
        }}
      >
        {texts.endMandate}
      </button>
    )
  }
  const error = end.isError ? (fieldErrors(end.error)['endsOn'] ?? messageOf(end.error)) : undefined
  return (
    <form noValidate className="formulaire-mandat-fin" onSubmit={handleSubmit}>
      <div className={error === undefined ? 'champ' : 'champ champ-en-erreur'}>
        <label htmlFor={inputId}>{texts.endLabel(props.mandate.name)}</label>
        <input
          id={inputId}
          type="date"
          required
          min={props.mandate.startsOn}
          value={endsOn}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : errorId}
          autoFocus
          onChange={(event) => {
            setEndsOn(event.target.value)
          }}
        />
        {error !== undefined && (
          <p className="message-erreur" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="bouton-principal" disabled={end.isPending || endsOn === ''}>
        {end.isPending ? texts.ending : texts.endSubmit}
      </button>
      <button
        type="button"
        className="bouton-secondaire"
        onClick={() => {
          setOpen(false)
        }}
      >
        {texts.cancel}
      </button>
    </form>
  )
}
