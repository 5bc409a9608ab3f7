import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import type { ExchangeMessageView } from '@maillage/protocol'
import { queryKeys } from '../../api/queryKeys.ts'
import { Loading } from '../../ui/Loading.tsx'
import type { CollaborativeDocument } from '../../collaboration/index.ts'
import { MessageItem, messageAnchor } from './MessageItem.tsx'
import { threadTexts } from './texts.ts'
import { ThreadConnection } from './ThreadConnection.tsx'
import { useThreadMessages } from './useThreadMessages.ts'

const ANCHOR_PREFIX = '#message-'
const NOTIFICATION_DELAY_MS = 1_000

/**
 * The messages of a thread, oldest first, read live from its Y.Doc, plus those the reader just
 * posted that the document has not delivered yet. A message from someone else arriving while the
 * page is open is announced politely, without moving the focus; new messages go at the end, so
 * what the reader is looking at stays in place. A link to `#message-<id>` scrolls to that message
 * and focuses it once it is there.
 */
export function ThreadMessages(props: {
  collaboration: CollaborativeDocument
  posted: readonly ExchangeMessageView[]
  readerId: string
}): ReactNode {
  const { collaboration, posted, readerId } = props
  const live = useThreadMessages(collaboration.doc, collaboration.state === 'synced')
  const messages = useMemo(() => withPosted(live.messages, posted), [live.messages, posted])
  const arrivals = live.liveFrom === null ? [] : messages.slice(live.liveFrom)
  const fromOthers = arrivals.filter((message) => message.author.id !== readerId)
  const latest = fromOthers.at(-1)
  const mentionsOfReader = fromOthers.filter((m) => m.mentions.includes(readerId)).length
  const target = useTarget(messages)

  const client = useQueryClient()
  useEffect(() => {
    if (mentionsOfReader === 0) return
    // The reader was mentioned, hence notified: show it in the header's count without waiting for
    // its poll. The server stores the notification just after writing the message: ask a moment
    // later rather than before it exists.
    const timer = setTimeout(() => {
      void client.invalidateQueries({ queryKey: queryKeys.notifications })
    }, NOTIFICATION_DELAY_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [client, mentionsOfReader])

  return (
    <section className="fil-messages" aria-labelledby="titre-messages">
      <h2 id="titre-messages">{threadTexts.messagesHeading}</h2>
      <ThreadConnection state={collaboration.state} />
      {messages.length === 0 ? (
        collaboration.isLoaded ? (
          <p>{threadTexts.noMessages}</p>
        ) : (
          <Loading label={threadTexts.loadingMessages} />
        )
      ) : (
        <ol className="messages">
          {messages.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              readerId={readerId}
              isTarget={message.id === target}
            />
          ))}
        </ol>
      )}
      <p className="visuellement-cache" aria-live="polite">
        {latest !== undefined && (
          <span key={latest.id}>{threadTexts.newMessage(latest.author.name)}</span>
        )}
      </p>
    </section>
  )
}

// The message the address points at (`#message-<id>`), scrolled to and focused once it is shown.
function useTarget(messages: readonly ExchangeMessageView[]): string | null {
  const { hash } = useLocation()
  const target = hash.startsWith(ANCHOR_PREFIX)
    ? decodeURIComponent(hash.slice(ANCHOR_PREFIX.length))
    : null
  const shown = target !== null && messages.some((message) => message.id === target)
  useEffect(() => {
    if (!shown) return
    // After the layout's move of the focus to the page's heading, which also waits a frame.
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(messageAnchor(target))
      element?.scrollIntoView({ block: 'center' })
      element?.focus({ preventScroll: true })
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [shown, target])
  return target
}

function withPosted(
  live: readonly ExchangeMessageView[],
  posted: readonly ExchangeMessageView[],
): readonly ExchangeMessageView[] {
  const ids = new Set(live.map((message) => message.id))
  const pending = posted.filter((message) => !ids.has(message.id))
  return pending.length === 0 ? live : [...live, ...pending]
}
