import { useRef, useState, type ReactNode } from 'react'
import type { AtelierSessionBody } from '@maillage/protocol'
import { messageOf } from '../../api/ApiError.ts'
import { isBeforeAtelierDay } from './formatAtelierTime.ts'
import { InlineConfirmation } from './InlineConfirmation.tsx'
import type { LiveSession } from './liveSession.ts'
import { sessionTexts as texts } from './texts.ts'
import type { AgendaItem } from './useAtelierContent.ts'

/** What the facilitator's controls need: the action to send and how it went. */
export interface SessionControl {
  readonly move: (body: AtelierSessionBody) => void
  readonly isPending: boolean
  readonly error: unknown
}

/** When the atelier is planned: its `YYYY-MM-DD` date ('' while not set) and that day in French. */
export interface SessionSchedule {
  readonly date: string
  readonly day: string | null
}

type Question = 'early-start' | 'end' | null

/**
 * The facilitator's controls: start the session (after confirming when it is before the atelier's
 * day), move from point to point, end it (after confirming), and resume it once ended.
 */
export function SessionControls(props: {
  live: LiveSession
  control: SessionControl
  schedule: SessionSchedule
  previous: AgendaItem | undefined
  next: AgendaItem | undefined
}): ReactNode {
  const { live, control, previous, next } = props
  const [question, setQuestion] = useState<Question>(null)
  // The button a question replaced gets the focus back when the question is dismissed.
  const refocus = useRef(false)
  const focusIfDismissed = (button: HTMLButtonElement | null): void => {
    if (button === null || !refocus.current) return
    refocus.current = false
    button.focus()
  }
  const dismiss = (): void => {
    refocus.current = true
    setQuestion(null)
  }
  const send = (body: AtelierSessionBody): void => {
    control.move(body)
  }

  return (
    <div className="conduite-session" role="group" aria-label={texts.controls}>
      {control.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(control.error)}
        </p>
      )}
      {live.state === 'a-venir' &&
        (question === 'early-start' ? (
          <InlineConfirmation
            label={texts.start}
            question={texts.confirmEarlyStart(props.schedule.day ?? props.schedule.date)}
            confirmLabel={texts.confirmStartButton}
            cancelLabel={texts.wait}
            pending={control.isPending}
            onConfirm={() => {
              send({ action: 'demarrer' })
            }}
            onCancel={dismiss}
          />
        ) : (
          <button
            ref={focusIfDismissed}
            type="button"
            className="bouton-principal"
            disabled={control.isPending}
            onClick={() => {
              // Started ahead of its day by mistake, a session would close the atelier once ended.
              if (isBeforeAtelierDay(props.schedule.date, new Date())) setQuestion('early-start')
              else send({ action: 'demarrer' })
            }}
          >
            {texts.start}
          </button>
        ))}
      {live.state === 'en-cours' && (
        <>
          <div className="boutons-points">
            <button
              type="button"
              className="bouton-secondaire"
              disabled={control.isPending || previous === undefined}
              onClick={() => {
                if (previous !== undefined) send({ action: 'aller-a', itemId: previous.id })
              }}
            >
              {texts.previous}
            </button>
            <button
              type="button"
              className="bouton-principal"
              disabled={control.isPending || next === undefined}
              onClick={() => {
                if (next !== undefined) send({ action: 'aller-a', itemId: next.id })
              }}
            >
              {texts.next}
            </button>
          </div>
          {question === 'end' ? (
            <InlineConfirmation
              label={texts.end}
              question={texts.confirmEnd}
              confirmLabel={texts.confirmEndButton}
              cancelLabel={texts.keepGoing}
              pending={control.isPending}
              onConfirm={() => {
                send({ action: 'terminer' })
              }}
              onCancel={dismiss}
            />
          ) : (
            <button
              ref={focusIfDismissed}
              type="button"
              className="bouton-secondaire bouton-terminer"
              onClick={() => {
                setQuestion('end')
              }}
            >
              {texts.end}
            </button>
          )}
        </>
      )}
      {live.state === 'terminee' && (
        <>
          <p className="aide">{texts.resumeHint}</p>
          <button
            type="button"
            className="bouton-secondaire"
            disabled={control.isPending}
            onClick={() => {
              send({ action: 'reprendre' })
            }}
          >
            {texts.resume}
          </button>
        </>
      )}
    </div>
  )
}
