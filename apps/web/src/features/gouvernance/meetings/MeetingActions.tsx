import { useRef, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { MeetingView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { ConfirmationStep } from '../../../ui/ConfirmationStep.tsx'
import { meetingTexts as texts } from './texts.ts'
import { useMeetingActions } from './useMeetings.ts'

type Step = 'convoke' | 'close' | null

/**
 * The managers' actions on a séance, each in its turn: convoke (again after a change), open, then
 * close — convoking and closing after a confirmation. Results and failures are announced.
 */
export function MeetingActions(props: { meeting: MeetingView }): ReactNode {
  const { meeting } = props
  const actions = useMeetingActions(meeting.id)
  const [step, setStep] = useState<Step>(null)
  const [announce, setAnnounce] = useState('')
  const convokeButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const before = meeting.status === 'preparation' || meeting.status === 'convoquee'
  const failure = [actions.convoke.error, actions.open.error, actions.close.error].find(
    (error) => error !== null,
  )

  function handleConvoke(): void {
    actions.convoke.mutate(undefined, {
      onSuccess: (answer) => {
        setStep(null)
        setAnnounce(texts.convoked(answer.notified, answer.withoutAccount, answer.reconvocation))
      },
    })
  }

  function handleClose(): void {
    actions.close.mutate(undefined, {
      onSuccess: (answer) => {
        setStep(null)
        setAnnounce(texts.closed(answer.decisionIds.length))
      },
    })
  }

  return (
    <section className="actions-seance" aria-label="Conduite de la séance">
      {before && step !== 'convoke' && (
        <button
          ref={convokeButton}
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            setStep('convoke')
          }}
        >
          {meeting.convokedAt === undefined ? texts.convoke : texts.reconvoke}
        </button>
      )}
      {step === 'convoke' && (
        <ConfirmationStep
          label={texts.convoke}
          question={texts.convokeQuestion}
          details={texts.convokeDetails}
          confirmLabel={texts.convokeConfirm}
          pendingLabel={texts.convoking}
          cancelLabel={texts.cancel}
          pending={actions.convoke.isPending}
          onConfirm={handleConvoke}
          onCancel={() => {
            setStep(null)
            requestAnimationFrame(() => convokeButton.current?.focus())
          }}
        />
      )}
      {before && (
        <button
          type="button"
          className="bouton-principal"
          disabled={actions.open.isPending}
          onClick={() => {
            actions.open.mutate()
          }}
        >
          {actions.open.isPending ? texts.opening : texts.open}
        </button>
      )}
      {meeting.status === 'en-cours' && step !== 'close' && (
        <button
          ref={closeButton}
          type="button"
          className="bouton-principal"
          onClick={() => {
            setStep('close')
          }}
        >
          {texts.close}
        </button>
      )}
      {step === 'close' && (
        <ConfirmationStep
          label={texts.close}
          question={texts.closeQuestion}
          details={texts.closeDetails}
          confirmLabel={texts.close}
          pendingLabel={texts.closing}
          cancelLabel={texts.cancel}
          pending={actions.close.isPending}
          onConfirm={handleClose}
          onCancel={() => {
            setStep(null)
            requestAnimationFrame(() => closeButton.current?.focus())
          }}
        />
      )}
      <p role="status" className="annonce-seance">
        {announce}
      </p>
      {meeting.status === 'close' && (
        <p>
          <Link to="/gouvernance/decisions">{texts.register}</Link>
        </p>
      )}
      {failure !== undefined && (
        <p className="message-erreur" role="alert">
          {messageOf(failure)}
        </p>
      )}
    </section>
  )
}
