import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { AtelierSummaryView } from '@maillage/protocol'
import { ATELIER_FORMAT_OPTIONS, ATELIER_THEME_OPTIONS, optionLabel } from '@maillage/schema'
import { AtelierBadges } from './AtelierBadges.tsx'
import { formatAtelierDay, formatAtelierHours, formatDuration } from './formatAtelierTime.ts'
import { placesText } from './placesText.ts'
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
        <dl className="details details-atelier">
          {atelier.format !== '' && (
            <div>
              <dt>{atelierTexts.format}</dt>
              <dd>{optionLabel(ATELIER_FORMAT_OPTIONS, atelier.format)}</dd>
            </div>
          )}
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
            <dt>{props.past ? atelierTexts.registrations : atelierTexts.places}</dt>
            <dd>
              {props.past
                ? atelierTexts.registeredCount(atelier.registeredCount)
                : placesText(atelier)}
            </dd>
          </div>
        </dl>
      </article>
    </li>
  )
}
