import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { RaisedHand } from '@maillage/schema'
import { messageOf } from '../../../../api/ApiError.ts'
import { timerTexts as texts } from './texts.ts'

/** What the hands panel may do for the person: raise or lower their own, or run the queue. */
export interface HandsControl {
  readonly raise: (() => void) | null
  readonly lower: (() => void) | null
  readonly giveFloor: ((accountId: string) => void) | null
  readonly clear: (() => void) | null
  readonly isPending: boolean
  readonly error: unknown
}

const TIME = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
})

/**
 * The raised hands in the order the server received them. Participants raise and lower their
 * own and see their place in the queue; the facilitators give the floor to the first (or to
 * anyone in the queue) and lower all hands, and hear each new hand (polite live region).
 */
export function RaisedHandsPanel(props: {
  hands: readonly RaisedHand[]
  accountId: string
  facilitator: boolean
  control: HandsControl
}): ReactNode {
  const { hands, control, facilitator } = props
  const position = hands.findIndex((hand) => hand.accountId === props.accountId) + 1
  const newHand = useNewHandAnnouncement(hands, props.accountId)

  return (
    <section className="mains-levees" aria-labelledby="titre-mains">
      <h2 id="titre-mains">
        {texts.hands} {hands.length > 0 && <span className="compte-mains">({hands.length})</span>}
      </h2>
      {control.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(control.error)}
        </p>
      )}
      {position === 0 && control.raise !== null && (
        <button
          type="button"
          className="bouton-principal"
          disabled={control.isPending}
          onClick={control.raise}
        >
          ✋ {texts.raise}
        </button>
      )}
      {position > 0 && control.lower !== null && (
        <button
          type="button"
          className="bouton-secondaire"
          disabled={control.isPending}
          onClick={control.lower}
        >
          {texts.lower}
        </button>
      )}
      <p className="position-main" role="status">
        {position > 0 ? texts.yourPosition(position) : ''}
      </p>
      {facilitator && (
        <p className="visuellement-cache" aria-live="polite">
          {newHand}
        </p>
      )}
      {hands.length === 0 ? (
        <p className="aide">{texts.noHands}</p>
      ) : (
        <ol className="file-mains">
          {hands.map((hand, index) => (
            <li key={hand.accountId}>
              <span className="nom-main">{hand.name}</span>{' '}
              <span className="heure-main">
                {texts.raisedAt(TIME.format(new Date(hand.raisedAt)))}
              </span>
              {control.giveFloor !== null && (
                <button
                  type="button"
                  className={index === 0 ? 'bouton-principal' : 'bouton-secondaire'}
                  aria-label={texts.giveFloorTo(hand.name)}
                  disabled={control.isPending}
                  onClick={() => control.giveFloor?.(hand.accountId)}
                >
                  {texts.giveFloor}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {control.clear !== null && hands.length > 0 && (
        <button
          type="button"
          className="bouton-secondaire"
          disabled={control.isPending}
          onClick={control.clear}
        >
          {texts.clearHands}
        </button>
      )}
    </section>
  )
}

/** « Main levée : Nadia. » for each hand raised by someone else after the page opened. */
function useNewHandAnnouncement(hands: readonly RaisedHand[], accountId: string): string {
  const [announcement, setAnnouncement] = useState('')
  const known = useRef<ReadonlySet<string> | null>(null)
  useEffect(() => {
    const before = known.current
    known.current = new Set(hands.map((hand) => hand.accountId))
    if (before === null) return
    const raised = hands.filter(
      (hand) => !before.has(hand.accountId) && hand.accountId !== accountId,
    )
    if (raised.length > 0) setAnnouncement(raised.map((hand) => texts.newHand(hand.name)).join(' '))
  }, [hands, accountId])
  return announcement
}
