import type { ReactNode } from 'react'
import type { ExchangeView } from '@maillage/protocol'
import { ECHOABLE_EXCHANGE_TYPES, EXCHANGE_THEME_OPTIONS } from '@maillage/schema'
import { formatDateTime } from '../../ui/formatDate.ts'
import { labelOf } from '../../ui/labelOf.ts'
import { ExchangeBadges } from './ExchangeBadges.tsx'
import { exchangeTexts, threadTexts } from './texts.ts'

const ECHOABLE: readonly string[] = ECHOABLE_EXCHANGE_TYPES

/**
 * The head of a thread: its title, badges, themes, territories, the CLPE that said « nous aussi »,
 * origin and author; on a remontée or signal faible, the rule that makes a subject
 * supra-territorial, since only the origin and the « nous aussi » count, not the territories ticked.
 */
export function ThreadHeader(props: { thread: ExchangeView }): ReactNode {
  const { thread } = props
  const echoable = ECHOABLE.includes(thread.type)
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
        {echoable && thread.echoes.length > 0 && (
          <div>
            <dt>{threadTexts.echoedBy}</dt>
            <dd>{thread.echoes.map((echo) => echo.territory.name).join(', ')}</dd>
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
      {echoable && <p className="aide regle-supra">{threadTexts.supraRule}</p>}
      {thread.supraTerritorial && <p className="avis avis-supra">{threadTexts.supraNotice}</p>}
    </header>
  )
}
