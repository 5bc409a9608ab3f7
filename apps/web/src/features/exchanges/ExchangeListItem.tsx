import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ExchangeSummaryView } from '@maillage/protocol'
import { ECHOABLE_EXCHANGE_TYPES, EXCHANGE_THEME_OPTIONS } from '@maillage/schema'
import { formatDateTime, formatRelative } from '../../ui/formatDate.ts'
import { labelOf } from '../../ui/labelOf.ts'
import { ExchangeBadges } from './ExchangeBadges.tsx'
import { exchangeTexts } from './texts.ts'

const ECHOABLE: readonly string[] = ECHOABLE_EXCHANGE_TYPES

/** A thread in the list: title, badges, themes, who raised it, counts and last activity. */
export function ExchangeListItem(props: { thread: ExchangeSummaryView }): ReactNode {
  const { thread } = props
  return (
    <li className="carte echange-resume">
      <h2 className="titre-echange">
        <Link to={`/echanges/${encodeURIComponent(thread.id)}`}>{thread.title}</Link>
      </h2>
      <p className="ligne-badges">
        <ExchangeBadges thread={thread} />
      </p>
      <p className="aide">
        {exchangeTexts.raisedBy(thread.author.name, thread.origin?.name)}
        {thread.themes.length > 0 && (
          <>
            {' · '}
            {thread.themes.map((theme) => labelOf(EXCHANGE_THEME_OPTIONS, theme)).join(', ')}
          </>
        )}
      </p>
      <p className="chiffres-echange">
        <span>{exchangeTexts.messages(thread.messageCount)}</span>
        {ECHOABLE.includes(thread.type) && <span>{exchangeTexts.echoes(thread.echoCount)}</span>}
        <span>
          {exchangeTexts.lastActivity}{' '}
          <time dateTime={thread.lastMessageAt} title={formatDateTime(thread.lastMessageAt)}>
            {formatRelative(thread.lastMessageAt)}
          </time>
        </span>
      </p>
    </li>
  )
}
