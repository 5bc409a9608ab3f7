import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { AtelierView } from '@maillage/protocol'
import { httpsUrlOf } from '@maillage/schema'
import { messageOf } from '../../api/ApiError.ts'
import { icsPath } from './atelierApi.ts'
import { formatParisDateTime } from './formatAtelierTime.ts'
import { atelierPageTexts as texts } from './texts.ts'
import { useRegistration } from './useAteliers.ts'

/**
 * The signed-in person's registration: register (a seat, or the waiting list when full), their
 * place, cancel after confirming, the visio link for registered people (until the atelier is over)
 * and the `.ics` file.
 * After registering or cancelling, the button pressed is gone: the focus goes to the message
 * that says the new state (or to the error), where the person continues from.
 */
export function RegistrationPanel(props: { atelier: AtelierView; past: boolean }): ReactNode {
  const { atelier, past } = props
  const registration = useRegistration(atelier.id)
  const [confirming, setConfirming] = useState(false)
  const [cancelled, setCancelled] = useState(false)
  const statusMessage = useRef<HTMLDivElement>(null)
  const errorMessage = useRef<HTMLParagraphElement>(null)
  const [focusOn, setFocusOn] = useState<'status' | 'error' | null>(null)
  const settled = (outcome: 'status' | 'error') => () => {
    setFocusOn(outcome)
  }
  // Once the new state (or the error) is rendered, in place of the button that was pressed.
  useEffect(() => {
    const target = focusOn === 'status' ? statusMessage.current : errorMessage.current
    if (focusOn === null || target === null) return
    setFocusOn(null)
    target.focus()
  }, [focusOn])
  const mine = atelier.registration
  const full = atelier.capacity > 0 && atelier.registeredCount >= atelier.capacity
  const seated = mine?.status === 'inscrit'
  const visio = httpsUrlOf(atelier.visioLink)

  return (
    <section className="carte panneau-inscription" aria-labelledby="titre-inscription">
      <h2 id="titre-inscription">{texts.registration}</h2>
      <div role="status" ref={statusMessage} tabIndex={-1} className="etat-inscription">
        {seated && <p className="succes">{texts.youAreRegistered}</p>}
        {mine?.status === 'liste-attente' && <p>{texts.youAreWaiting(mine.position)}</p>}
        {mine === undefined && cancelled && <p>{texts.cancelled}</p>}
      </div>
      {mine !== undefined && (
        <p className="aide">{texts.registeredOn(formatParisDateTime(mine.registeredAt))}</p>
      )}
      {mine === undefined && past && <p>{texts.closed}</p>}
      {mine === undefined && !past && !atelier.can.register && !atelier.can.facilitate && (
        <p>{texts.cannotRegister}</p>
      )}
      {registration.isError && (
        <p className="erreur" role="alert" ref={errorMessage} tabIndex={-1}>
          {messageOf(registration.error)}
        </p>
      )}
      {mine === undefined && !past && atelier.can.register && (
        <>
          {full && <p className="aide">{texts.fullHint}</p>}
          <button
            type="button"
            className="bouton-principal"
            disabled={registration.isPending}
            onClick={() => {
              setCancelled(false)
              registration.mutate('register', {
                onSuccess: settled('status'),
                onError: settled('error'),
              })
            }}
          >
            {registration.isPending
              ? texts.registering
              : full
                ? texts.registerWaiting
                : texts.register}
          </button>
        </>
      )}
      {/* Once the atelier is over there is nothing to join: the replay and resources remain. */}
      {(seated || atelier.can.facilitate) && visio !== '' && !past && (
        <p>
          <a
            className="bouton-secondaire lien-visio"
            href={visio}
            target="_blank"
            rel="noopener noreferrer"
          >
            {texts.visio} <span className="visuellement-cache">{texts.newWindow}</span>
          </a>
        </p>
      )}
      {!seated && !atelier.can.facilitate && !past && <p className="aide">{texts.visioHidden}</p>}
      <p>
        <a href={icsPath(atelier.id)} download>
          {texts.addToCalendar}
        </a>
      </p>
      {mine !== undefined && !past && (
        <CancelRegistration
          waiting={mine.status === 'liste-attente'}
          confirming={confirming}
          pending={registration.isPending}
          onAsk={setConfirming}
          onConfirm={() => {
            registration.mutate('cancel', {
              onSuccess: () => {
                setConfirming(false)
                setCancelled(true)
                settled('status')()
              },
              onError: settled('error'),
            })
          }}
        />
      )}
    </section>
  )
}

function CancelRegistration(props: {
  waiting: boolean
  confirming: boolean
  pending: boolean
  onAsk: (confirming: boolean) => void
  onConfirm: () => void
}): ReactNode {
  const question = useRef<HTMLParagraphElement>(null)
  // The question replaces the button the person pressed: the focus goes to it.
  useEffect(() => {
    if (props.confirming) question.current?.focus()
  }, [props.confirming])
  const label = props.waiting ? texts.leaveWaitingList : texts.cancel
  if (!props.confirming) {
    return (
      <button
        type="button"
        className="bouton-secondaire"
        onClick={() => {
          props.onAsk(true)
        }}
      >
        {label}
      </button>
    )
  }
  return (
    <div className="confirmation" role="group" aria-label={label}>
      <p ref={question} tabIndex={-1}>
        {props.waiting ? texts.confirmLeaveQuestion : texts.confirmCancelQuestion}
      </p>
      <button
        type="button"
        className="bouton-principal"
        disabled={props.pending}
        onClick={props.onConfirm}
      >
        {props.pending ? texts.cancelling : texts.confirmCancel}
      </button>
      <button
        type="button"
        className="bouton-secondaire"
        onClick={() => {
          props.onAsk(false)
        }}
      >
        {texts.keepPlace}
      </button>
    </div>
  )
}
