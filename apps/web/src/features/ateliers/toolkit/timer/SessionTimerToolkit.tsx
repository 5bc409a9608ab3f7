import { useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { AtelierView } from '@maillage/protocol'
import type { LiveSession } from '../../liveSession.ts'
import type { AgendaItem } from '../../useAtelierContent.ts'
import { RaisedHandsPanel, type HandsControl } from './RaisedHandsPanel.tsx'
import { ReactionsBar } from './ReactionsBar.tsx'
import { ReactionsStream } from './ReactionsStream.tsx'
import { timerTexts as texts } from './texts.ts'
import { TimerPanel } from './TimerPanel.tsx'
import type { TimerControl } from './TimerControls.tsx'
import { useServerClockOffset } from './useServerClock.ts'
import { useToolkitActions } from './useToolkitActions.ts'
import { useAtelierTimer, useRaisedHands, useReactions } from './useToolkitRoots.ts'
import '../../../../styles/ateliers/timer.css'

/**
 * The timer, the raised hands and the reactions of the live session. Everyone sees them; the
 * facilitators run the timer and the queue; participants (seat holders and facilitators) raise a
 * hand and react while the session is live; the others (waiting list, readers) watch. The server
 * decides all of it again (`ateliers/toolkit/timer`).
 */
export function SessionTimerToolkit(props: {
  doc: Y.Doc
  atelier: AtelierView
  accountId: string
  live: LiveSession
  agenda: readonly AgendaItem[]
  /** Holds a seat or facilitates. */
  participant: boolean
}): ReactNode {
  const { doc, atelier, live } = props
  const offsetMs = useServerClockOffset()
  const timer = useAtelierTimer(doc)
  const hands = useRaisedHands(doc)
  const reactions = useReactions(doc)
  const actions = useToolkitActions(atelier.id)
  const facilitator = atelier.can.facilitate
  const running = live.state === 'en-cours'
  const active = props.participant && running

  const { mutate: moveTimer, isPending: timerPending, error: timerError } = actions.timer
  const timerControl = useMemo<TimerControl | null>(
    () => (facilitator ? { move: moveTimer, isPending: timerPending, error: timerError } : null),
    [facilitator, moveTimer, timerPending, timerError],
  )
  const { mutate: moveHands, isPending: handsPending, error: handsError } = actions.hands
  const handsControl = useMemo<HandsControl>(
    () => ({
      raise: active
        ? () => {
            moveHands({ action: 'raise' })
          }
        : null,
      lower: props.participant
        ? () => {
            moveHands({ action: 'lower' })
          }
        : null,
      giveFloor: facilitator
        ? (accountId) => {
            moveHands({ action: 'give-floor', accountId })
          }
        : null,
      clear: facilitator
        ? () => {
            moveHands({ action: 'clear' })
          }
        : null,
      isPending: handsPending,
      error: handsError,
    }),
    [active, props.participant, facilitator, moveHands, handsPending, handsError],
  )

  if (live.state === 'terminee') return null
  return (
    <>
      <TimerPanel
        timer={timer}
        offsetMs={offsetMs}
        agenda={props.agenda}
        currentItemId={live.currentItemId}
        control={timerControl}
      />
      {running && (
        <>
          <RaisedHandsPanel
            hands={hands}
            accountId={props.accountId}
            facilitator={facilitator}
            control={handsControl}
          />
          <section className="reactions-session" aria-labelledby="titre-reactions">
            <h2 id="titre-reactions">{texts.reactions}</h2>
            {active ? (
              <ReactionsBar onReact={actions.reactions.mutate} error={actions.reactions.error} />
            ) : (
              <p className="aide">{texts.watchOnly}</p>
            )}
          </section>
          <ReactionsStream reactions={reactions} offsetMs={offsetMs} />
        </>
      )}
    </>
  )
}
