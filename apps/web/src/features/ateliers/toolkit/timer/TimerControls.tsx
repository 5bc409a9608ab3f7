import { useId, useState, type ReactNode } from 'react'
import type { AtelierTimerBody } from '@maillage/protocol'
import {
  TIMER_MAX_DURATION_MS,
  TIMER_MIN_DURATION_MS,
  TimerState,
  type AtelierTimer,
} from '@maillage/schema'
import { messageOf } from '../../../../api/ApiError.ts'
import type { AgendaItem } from '../../useAtelierContent.ts'
import { timerTexts as texts } from './texts.ts'

/** Minutes the duration form proposes when the current point has no duration. */
const DEFAULT_MINUTES = 5

/** The facilitator's move of the timer, and how it went. */
export interface TimerControl {
  readonly move: (body: AtelierTimerBody) => void
  readonly isPending: boolean
  readonly error: unknown
}

/**
 * The facilitator's controls of the timer: a duration (minutes and seconds, the current point's
 * duration proposed) to start it, on the current point or free; then pause or resume, a minute
 * more or less, and reset.
 */
export function TimerControls(props: {
  timer: AtelierTimer
  currentItem: AgendaItem | undefined
  control: TimerControl
}): ReactNode {
  const { timer, currentItem, control } = props
  const id = useId()
  const proposed = currentItem?.duree ?? null
  const [minutes, setMinutes] = useState(
    String(proposed !== null && proposed > 0 ? Math.min(proposed, 180) : DEFAULT_MINUTES),
  )
  const [seconds, setSeconds] = useState('0')
  const [onItem, setOnItem] = useState(true)
  const [invalid, setInvalid] = useState(false)

  const handleStart = (): void => {
    const total = Number(minutes || '0') * 60 + Number(seconds || '0')
    const ms = total * 1000
    if (!Number.isInteger(total) || ms < TIMER_MIN_DURATION_MS || ms > TIMER_MAX_DURATION_MS) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    control.move({
      action: 'demarrer',
      durationSeconds: total,
      ...(onItem && currentItem !== undefined ? { itemId: currentItem.id } : {}),
    })
  }
  const set = timer.state !== TimerState.Stopped

  return (
    <div className="conduite-minuteur" role="group" aria-label={texts.controls}>
      {control.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(control.error)}
        </p>
      )}
      {set && (
        <div className="boutons-minuteur">
          {timer.state === TimerState.Running ? (
            <button
              type="button"
              className="bouton-secondaire"
              disabled={control.isPending}
              onClick={() => {
                control.move({ action: 'pause' })
              }}
            >
              {texts.pause}
            </button>
          ) : (
            <button
              type="button"
              className="bouton-principal"
              disabled={control.isPending}
              onClick={() => {
                control.move({ action: 'reprendre' })
              }}
            >
              {texts.resume}
            </button>
          )}
          <button
            type="button"
            className="bouton-secondaire"
            disabled={control.isPending}
            onClick={() => {
              control.move({ action: 'ajouter', deltaSeconds: 60 })
            }}
          >
            {texts.addMinute}
          </button>
          <button
            type="button"
            className="bouton-secondaire"
            disabled={control.isPending}
            onClick={() => {
              control.move({ action: 'ajouter', deltaSeconds: -60 })
            }}
          >
            {texts.removeMinute}
          </button>
          <button
            type="button"
            className="bouton-secondaire"
            disabled={control.isPending}
            onClick={() => {
              control.move({ action: 'reinitialiser' })
            }}
          >
            {texts.reset}
          </button>
        </div>
      )}
      <form
        className="depart-minuteur"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          handleStart()
        }}
      >
        <fieldset>
          <legend>{texts.durationLegend}</legend>
          <div className="duree-minuteur">
            <label htmlFor={`${id}-minutes`}>{texts.minutes}</label>
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={0}
              max={180}
              value={minutes}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-erreur` : undefined}
              onChange={(event) => {
                setMinutes(event.target.value)
              }}
            />
            <label htmlFor={`${id}-secondes`}>{texts.seconds}</label>
            <input
              id={`${id}-secondes`}
              type="number"
              inputMode="numeric"
              min={0}
              max={59}
              value={seconds}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-erreur` : undefined}
              onChange={(event) => {
                setSeconds(event.target.value)
              }}
            />
          </div>
          {currentItem !== undefined && (
            <label className="case-a-cocher">
              <input
                type="checkbox"
                checked={onItem}
                onChange={(event) => {
                  setOnItem(event.target.checked)
                }}
              />{' '}
              {texts.onCurrentItem(currentItem.titre)}
            </label>
          )}
          {invalid && (
            <p id={`${id}-erreur`} className="erreur">
              {texts.durationInvalid}
            </p>
          )}
        </fieldset>
        <button
          type="submit"
          className={set ? 'bouton-secondaire' : 'bouton-principal'}
          disabled={control.isPending}
        >
          {texts.start}
        </button>
      </form>
    </div>
  )
}
