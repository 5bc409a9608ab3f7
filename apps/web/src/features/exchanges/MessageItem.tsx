import type { ReactNode } from 'react'
import type { ExchangeMessageView } from '@maillage/protocol'
import { formatDateTime } from '../../ui/formatDate.ts'
import { MessageContent } from './MessageContent.tsx'
import { threadTexts } from './texts.ts'

/** The anchor of a message in the page: notifications link to `/echanges/<id>#message-<msgId>`. */
export function messageAnchor(messageId: string): string {
  return `message-${messageId}`
}

/** One message of a thread: who wrote it, when, and its rich text. */
export function MessageItem(props: {
  message: ExchangeMessageView
  readerId: string
  isTarget: boolean
}): ReactNode {
  const { message, readerId } = props
  const mentionsReader = message.mentions.includes(readerId)
  const classes = [
    'message',
    props.isTarget && 'message-cible',
    mentionsReader && 'message-mention',
  ]
  return (
    <li id={messageAnchor(message.id)} className={classes.filter(Boolean).join(' ')} tabIndex={-1}>
      <p className="entete-message">
        <strong>{message.author.name}</strong>{' '}
        <time dateTime={message.at}>{formatDateTime(message.at)}</time>
        {mentionsReader && <span className="badge">{threadTexts.mentionedYou}</span>}
      </p>
      <MessageContent content={message.content} readerId={readerId} />
    </li>
  )
}
