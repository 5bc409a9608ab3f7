import type { ReactNode } from 'react'
import type { ExchangeView } from '@maillage/protocol'
import { EXCHANGE_THEME_OPTIONS } from '@maillage/schema'
import { formatDateTime } from '../../ui/formatDate.ts'
import { labelOf } from '../toolbox/optionLabels.ts'
import { ExchangeBadges } from './ExchangeBadges.tsx'
import { exchangeTexts, threadTexts } from './texts.ts'

/** The head of a thread: its title, badges, themes, territories, origin and author. */
export function ThreadHeader(props: { thread: ExchangeView }): ReactNode {
  const { thread } = props
  return (
    <header className="entete-echange">
      <h1 tabIndex={-1}>{thread.title}</h1>
      <p>
        <ExchangeBadges thread={thread} />
      </p>
      <dl className="details">
        {thread.themes.length > 0 && (
          <div>
            <dt>{exchangeTexts.themes}</dt>
            <dd>
              {thread.themes.map((theme) => labelOf(EXCHANGE_THEME_OPTIONS, theme)).join(', ')}
            </dd>
          </div>
        )}
        {thread.territories.length > 0 && (
          <div>
            <dt>{exchangeTexts.territories}</dt>
            <dd>{thread.territories.map((territory) => territory.name).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{exchangeTexts.origin}</dt>
          <dd>{thread.origin?.name ?? exchangeTexts.originNone}</dd>
        </div>
        <div>
          <dt>{exchangeTexts.author}</dt>
          <dd>
            {thread.author.name}, le{' '}
            <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {thread.supraTerritorial && <p className="avis avis-supra">{threadTexts.supraNotice}</p>}
    </header>
  )
}
