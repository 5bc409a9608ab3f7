import type { ReactNode } from 'react'
import type { ExchangeSummaryView } from '@maillage/protocol'
import { EXCHANGE_STATUS_OPTIONS, EXCHANGE_TYPE_OPTIONS } from '@maillage/schema'
import { labelOf } from '../../ui/labelOf.ts'
import { exchangeTexts } from './texts.ts'

/**
 * The type, the status and, when it applies, the « Supra-territorial » flag of a thread, as
 * badges with their words (never colour alone).
 */
export function ExchangeBadges(props: {
  thread: Pick<ExchangeSummaryView, 'type' | 'status' | 'supraTerritorial'>
}): ReactNode {
  const { thread } = props
  return (
    <span className="badges-echange">
      <span className={`badge badge-type type-${thread.type}`}>
        {labelOf(EXCHANGE_TYPE_OPTIONS, thread.type)}
      </span>
      <span className={`badge badge-statut statut-${thread.status}`}>
        {labelOf(EXCHANGE_STATUS_OPTIONS, thread.status)}
      </span>
      {thread.supraTerritorial && (
        <span className="badge badge-supra" title={exchangeTexts.supraTerritorialHint}>
          {exchangeTexts.supraTerritorial}
        </span>
      )}
    </span>
  )
}
