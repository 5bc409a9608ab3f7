import type { ReactNode } from 'react'
import type { AvisPositionEntry } from '@maillage/schema'
import { formatDateTime } from '../../ui/formatDate.ts'
import { avisTexts } from './texts.ts'

/** The members' positions on the submitted version, with their comments, in the order taken. */
export function AdoptionPositions(props: { positions: readonly AvisPositionEntry[] }): ReactNode {
  const { positions } = props
  const approvals = positions.filter((entry) => entry.position === 'approbation').length
  return (
    <div className="positions-avis">
      <h3>{avisTexts.positionsHeading}</h3>
      {positions.length === 0 ? (
        <p>{avisTexts.noPositions}</p>
      ) : (
        <>
          <p>{avisTexts.positionCount(approvals, positions.length - approvals)}</p>
          <ul>
            {positions.map((entry) => (
              <li key={entry.account.id}>
                <strong>{entry.account.name}</strong> —{' '}
                <span className={`position position-${entry.position}`}>
                  {avisTexts.position[entry.position]}
                </span>{' '}
                <span className="aide">{avisTexts.positionAt(formatDateTime(entry.at))}</span>
                {entry.comment !== '' && <blockquote>{entry.comment}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
