import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { AtelierSummaryView } from '@maillage/protocol'
import { ATELIER_FORMAT_OPTIONS, optionLabel } from '@maillage/schema'
import { AtelierBadges } from './AtelierBadges.tsx'
import { AtelierFacts } from './AtelierFacts.tsx'
import { formatAtelierDay, formatAtelierHours } from './formatAtelierTime.ts'
import { atelierTexts } from './texts.ts'

/** One atelier of the programme: when, what, who speaks, the seats left and one's own status. */
export function AtelierCard(props: { atelier: AtelierSummaryView; past: boolean }): ReactNode {
  const { atelier } = props
  const headingId = `atelier-${atelier.id}`
  const day = formatAtelierDay(atelier)
  const hours = formatAtelierHours(atelier)
  return (
    <li className="carte carte-atelier">
      <article aria-labelledby={headingId}>
        <p className="date-atelier">
          {day === null ? (
            atelierTexts.dateToBeSet
          ) : (
            <>
              <span className="jour">{day}</span>
              {hours !== null && <span className="heures">{hours}</span>}
            </>
          )}
        </p>
        <h3 id={headingId}>
          <Link to={`/ateliers/${atelier.id}`}>{atelier.title}</Link>
        </h3>
        <AtelierBadges atelier={atelier} />
        <AtelierFacts atelier={atelier} past={props.past}>
          {atelier.format !== '' && (
            <div>
              <dt>{atelierTexts.format}</dt>
              <dd>{optionLabel(ATELIER_FORMAT_OPTIONS, atelier.format)}</dd>
            </div>
          )}
        </AtelierFacts>
      </article>
    </li>
  )
}
