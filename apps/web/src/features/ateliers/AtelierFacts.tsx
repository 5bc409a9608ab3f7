import type { ReactNode } from 'react'
import type { AtelierSummaryView } from '@maillage/protocol'
import { ATELIER_THEME_OPTIONS, optionLabel } from '@maillage/schema'
import { formatDuration } from './formatAtelierTime.ts'
import { placesText } from './placesText.ts'
import { atelierTexts } from './texts.ts'

/**
 * The facts of an atelier as a description list: the caller's own first rows (`children`), then
 * duration, thème and intervenants when set, and the seats left — or, once `past`, how many came.
 */
export function AtelierFacts(props: {
  atelier: AtelierSummaryView
  past: boolean
  children?: ReactNode
}): ReactNode {
  const { atelier, past } = props
  return (
    <dl className="details details-atelier">
      {props.children}
      {atelier.durationMinutes > 0 && (
        <div>
          <dt>{atelierTexts.duration}</dt>
          <dd>{formatDuration(atelier.durationMinutes)}</dd>
        </div>
      )}
      {atelier.theme !== '' && (
        <div>
          <dt>{atelierTexts.theme}</dt>
          <dd>{optionLabel(ATELIER_THEME_OPTIONS, atelier.theme) || atelier.theme}</dd>
        </div>
      )}
      {atelier.intervenants !== '' && (
        <div>
          <dt>{atelierTexts.intervenants}</dt>
          <dd>{atelier.intervenants}</dd>
        </div>
      )}
      <div>
        <dt>{past ? atelierTexts.registrations : atelierTexts.places}</dt>
        <dd>
          {past ? atelierTexts.registeredCount(atelier.registeredCount) : placesText(atelier)}
        </dd>
      </div>
    </dl>
  )
}
