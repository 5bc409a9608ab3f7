import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  TimerState,
  isTimeUp,
  serverNowOf,
  timerRemainingMs,
  type AtelierTimer,
} from '@maillage/schema'
import type { AgendaItem } from '../../useAtelierContent.ts'
import { formatCountdown } from './formatCountdown.ts'
import { timerTexts as texts } from './texts.ts'
import { TimerControls, type TimerControl } from './TimerControls.tsx'
import { createChime, isTimerSoundEnabled, setTimerSoundEnabled } from './timerSound.ts'
import { useTick } from './useTick.ts'
import { useTimerAnnouncements } from './useTimerAnnouncements.ts'

/** How often a running countdown is redrawn (a quarter second: never a second skipped). */
const TICK_MS = 250

/**
 * The session's timer as everyone sees it: the countdown computed from the server's clock
 * (`offsetMs`), the point it times, « Temps écoulé » once at zero (the display changes, and a
 * soft chime sounds for those who enabled it), announced politely at start, pause, each minute of
 * the last five, 30 s, 10 s and the end; for the facilitators, its controls.
 */
export function TimerPanel(props: {
  timer: AtelierTimer
  offsetMs: number
  agenda: readonly AgendaItem[]
  currentItemId: string | undefined
  /** Present for the facilitators only. */
  control: TimerControl | null
}): ReactNode {
  const { timer, offsetMs, agenda, control } = props
  const clientNow = useTick(TICK_MS, timer.state === TimerState.Running)
  const serverNow = serverNowOf(clientNow, offsetMs)
  const remainingMs = timerRemainingMs(timer, serverNow)
  const up = isTimeUp(timer, serverNow)
  const [sound, setSound] = useState(isTimerSoundEnabled)
  const chime = useRef(createChime())
  const handleTimeUp = useCallback(() => {
    if (sound) chime.current.play()
  }, [sound])
  // Rounded to the second: the announcements need no more, and re-run less.
  const announcement = useTimerAnnouncements(
    timer,
    Math.ceil(remainingMs / 1000) * 1000,
    offsetMs,
    handleTimeUp,
  )
  const timedItem = useMemo(
    () => agenda.find((item) => item.id === timer.itemId),
    [agenda, timer.itemId],
  )
  const currentItem = agenda.find((item) => item.id === props.currentItemId)
  const stateText = up
    ? texts.timeUp
    : timer.state === TimerState.Paused
      ? texts.paused
      : timedItem === undefined
        ? texts.freeTimer
        : texts.onItem(timedItem.titre)

  return (
    <section className="minuteur-session" aria-labelledby="titre-minuteur">
      <h2 id="titre-minuteur">{texts.timer}</h2>
      {timer.state === TimerState.Stopped ? (
        <p className="aide">{texts.noTimer}</p>
      ) : (
        <div
          className={`affichage-minuteur${up ? ' temps-ecoule' : ''}${timer.state === TimerState.Paused ? ' minuteur-en-pause' : ''}`}
        >
          <p className="compte-a-rebours" role="timer" aria-label={texts.remaining}>
            {formatCountdown(remainingMs)}
          </p>
          <p className="etat-minuteur">{stateText}</p>
        </div>
      )}
      <p className="visuellement-cache" aria-live="polite">
        {announcement}
      </p>
      <label className="option-minuteur">
        <input
          type="checkbox"
          checked={sound}
          onChange={(event) => {
            const enabled = event.target.checked
            if (enabled) chime.current.unlock()
            setTimerSoundEnabled(enabled)
            setSound(enabled)
          }}
        />{' '}
        {texts.sound}
      </label>
      {control !== null && (
        <TimerControls
          // The form proposes the duration of the point current when it appears.
          key={currentItem?.id ?? 'libre'}
          timer={timer}
          currentItem={currentItem}
          control={control}
        />
      )}
    </section>
  )
}
