import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import type { ProgrammeVersionView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { fieldErrors } from '../../../ui/fieldErrors.ts'
import { programmeTexts as texts, STEP_LABELS } from './texts.ts'
import { useMoveStep, useSendBack } from './useProgramme.ts'

/**
 * The step buttons of a version, shown only to who may use them: « Passer à … » the next step,
 * and « Renvoyer à l’équipe régionale » with a reason. `onDone` receives the message to announce.
 */
export function StepActions(props: {
  version: ProgrammeVersionView
  onDone: (message: string) => void
}): ReactNode {
  const { version } = props
  const move = useMoveStep(version.id)
  const back = useSendBack(version.id)
  const [sending, setSending] = useState(false)
  const [reason, setReason] = useState('')
  const reasonId = useId()
  const next = version.rights.nextStep
  if (next === undefined && !version.rights.canSendBack) return null

  function handleSendBack(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    back.mutate(reason, {
      onSuccess: () => {
        setSending(false)
        setReason('')
        props.onDone(texts.sentBack)
      },
    })
  }

  const reasonError = back.isError
    ? (fieldErrors(back.error)['reason'] ?? messageOf(back.error))
    : undefined
  return (
    <div className="actions-etape">
      {next !== undefined && (
        <button
          type="button"
          className="bouton-principal"
          disabled={move.isPending}
          onClick={() => {
            move.mutate(next, {
              onSuccess: () => {
                props.onDone(texts.moved(STEP_LABELS[next]))
              },
            })
          }}
        >
          {texts.moveTo(STEP_LABELS[next])}
        </button>
      )}
      {move.isError && (
        <p className="erreur" role="alert">
          {messageOf(move.error)}
        </p>
      )}
      {version.rights.canSendBack && !sending && (
        <button
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            back.reset()
            setSending(true)
          }}
        >
          {texts.sendBack}
        </button>
      )}
      {sending && (
        <form noValidate className="formulaire-renvoi" onSubmit={handleSendBack}>
          <div className={reasonError === undefined ? 'champ' : 'champ champ-en-erreur'}>
            <label htmlFor={reasonId}>{texts.sendBackReason}</label>
            <textarea
              id={reasonId}
              required
              maxLength={2000}
              value={reason}
              aria-describedby={reasonError === undefined ? undefined : `${reasonId}-erreur`}
              aria-invalid={reasonError === undefined ? undefined : true}
              onChange={(event) => {
                setReason(event.target.value)
              }}
            />
            {reasonError !== undefined && (
              <p id={`${reasonId}-erreur`} className="message-erreur">
                {reasonError}
              </p>
            )}
          </div>
          <button type="submit" className="bouton-principal" disabled={back.isPending}>
            {texts.sendBackConfirm}
          </button>
          <button
            type="button"
            className="bouton-secondaire"
            onClick={() => {
              setSending(false)
            }}
          >
            {texts.cancel}
          </button>
        </form>
      )}
    </div>
  )
}
