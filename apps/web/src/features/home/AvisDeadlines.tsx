import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { AvisDeadlineView } from '@maillage/protocol'
import { formatFrenchDate } from '@maillage/schema'
import { documentPath } from '../../documents/index.ts'
import { homeTexts } from './texts.ts'
import '../../styles/avis.css'

/**
 * The avis of the person's spaces still to give, soonest date limite first, each with how long is
 * left (« dans 3 jours », « demain », « dépassée »), for the accueil.
 */
export function AvisDeadlines(props: {
  deadlines: readonly AvisDeadlineView[]
  spaceOf: (spaceId: string) => string | undefined
}): ReactNode {
  return (
    <ul className="liste-documents echeances-avis">
      {props.deadlines.map(({ document, dateLimite, daysLeft }) => {
        const space = props.spaceOf(document.spaceId)
        return (
          <li key={document.id}>
            <Link to={documentPath(document)}>{document.title}</Link>
            {space !== undefined && <span className="aide"> — {space}</span>}
            <p className={daysLeft < 0 ? 'echeance echeance-depassee' : 'echeance'}>
              {homeTexts.avisDeadline(formatFrenchDate(dateLimite))} —{' '}
              <strong>{homeTexts.avisDaysLeft(daysLeft)}</strong>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
