import { useEffect, useState, type ReactNode } from 'react'
import {
  REACTION_KINDS,
  REACTION_VISIBLE_MS,
  serverNowOf,
  visibleReactions,
  type AtelierReaction,
} from '@maillage/schema'
import { timerTexts as texts } from './texts.ts'

/** How often the stream drops the reactions that faded. */
const TICK_MS = 500

/**
 * The reactions of the last {@link REACTION_VISIBLE_MS} (server clock), rising and fading in a
 * corner of the page — still, only fading in and out, for people who prefer reduced motion. Not
 * a live region: 150 people reacting would drown every other announcement; the list stays
 * readable (« Réactions récentes ») for whoever looks for it.
 */
export function ReactionsStream(props: {
  reactions: readonly AtelierReaction[]
  offsetMs: number
}): ReactNode {
  const clientNow = useTickAfter(props.reactions.at(-1)?.id)
  const shown = visibleReactions(props.reactions, serverNowOf(clientNow, props.offsetMs))
  return (
    <ul className="flux-reactions" aria-label={texts.recentReactions}>
      {shown.map((reaction, index) => {
        const { emoji, label } = REACTION_KINDS[reaction.kind]
        return (
          <li
            key={reaction.id}
            className="reaction"
            // Spread across the corner so that reactions sent together do not overlap.
            style={{ insetInlineEnd: `${(index * 37) % 160}px` }}
          >
            <span role="img" aria-label={label}>
              {emoji}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * The browser's clock, refreshed every {@link TICK_MS} for a while after each new reaction
 * (`latestId`) — long enough for it to fade — then left alone.
 */
function useTickAfter(latestId: string | undefined): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (latestId === undefined) return
    const tick = (): void => {
      setNow(Date.now())
    }
    const first = setTimeout(tick, 0)
    const interval = setInterval(tick, TICK_MS)
    const stop = setTimeout(() => {
      clearInterval(interval)
      tick()
    }, 2 * REACTION_VISIBLE_MS)
    return () => {
      clearTimeout(first)
      clearInterval(interval)
      clearTimeout(stop)
    }
  }, [latestId])
  return now
}
