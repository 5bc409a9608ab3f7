import type { ReactNode } from 'react'
import { Link } from 'react-router'
import {
  DocumentKind,
  FICHE_ACTION_STATUS_OPTIONS,
  QUALITY_LEVEL_LABELS,
  optionLabel,
  type ActionRow,
  type ClpeDashboard,
} from '@maillage/schema'
import { documentPath } from '../../documents/index.ts'
import { formatRelative } from '../../ui/formatDate.ts'
import { pilotageTexts } from './texts.ts'

/**
 * The actions by status: a count per status (and of those « à actualiser »), then the table of
 * actions as the server orders them, « à actualiser » first, each title opening its fiche.
 */
export function ActionsByStatus(props: { dashboard: ClpeDashboard }): ReactNode {
  const { dashboard } = props
  const counts = [
    ...FICHE_ACTION_STATUS_OPTIONS.map((option) => ({
      key: option.value,
      label: option.label,
      count: dashboard.byStatus[option.value] ?? 0,
    })),
    ...((dashboard.byStatus[''] ?? 0) > 0
      ? [{ key: 'sans-statut', label: pilotageTexts.noStatus, count: dashboard.byStatus[''] ?? 0 }]
      : []),
  ]
  return (
    <section className="carte" aria-labelledby="titre-actions">
      <h2 id="titre-actions">{pilotageTexts.actionsHeading}</h2>
      <ul className="compteurs-statut">
        {counts.map((entry) => (
          <li key={entry.key}>
            <strong>{entry.count.toLocaleString('fr-FR')}</strong> {entry.label}
          </li>
        ))}
        <li className={dashboard.staleCount > 0 ? 'compteur-a-actualiser' : undefined}>
          <strong>{dashboard.staleCount.toLocaleString('fr-FR')}</strong> {pilotageTexts.stale}
        </li>
      </ul>
      {dashboard.averageQuality !== null && (
        <p>{pilotageTexts.averageQuality(Math.round(dashboard.averageQuality))}</p>
      )}
      {dashboard.actions.length > 0 && <ActionTable actions={dashboard.actions} />}
    </section>
  )
}

function ActionTable(props: { actions: readonly ActionRow[] }): ReactNode {
  return (
    <div
      className="tableau-defilant"
      role="region"
      aria-label={pilotageTexts.actionsCaption}
      tabIndex={0}
    >
      <table className="tableau-pilotage">
        <caption>{pilotageTexts.actionsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{pilotageTexts.colAction}</th>
            <th scope="col">{pilotageTexts.colStatus}</th>
            <th scope="col">{pilotageTexts.colQuality}</th>
            <th scope="col">{pilotageTexts.colWeakest}</th>
            <th scope="col">{pilotageTexts.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((action) => (
            <ActionLine key={action.documentId} action={action} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ActionLine(props: { action: ActionRow }): ReactNode {
  const { action } = props
  const weakest = action.weakestCriterion
  return (
    <tr className={action.stale ? 'ligne-a-actualiser' : undefined}>
      <th scope="row">
        <Link to={documentPath({ id: action.documentId, kind: DocumentKind.FicheAction })}>
          {action.title}
        </Link>
      </th>
      <td>
        {action.status === ''
          ? pilotageTexts.noStatus
          : optionLabel(FICHE_ACTION_STATUS_OPTIONS, action.status)}
        {action.stale && (
          <span className="badge-a-actualiser" title={pilotageTexts.staleHint}>
            {pilotageTexts.stale}
          </span>
        )}
      </td>
      <td className="nombre">
        {action.qualityScore === null
          ? pilotageTexts.noScore
          : pilotageTexts.qualityScore(action.qualityScore)}
      </td>
      <td>
        {weakest === null ? (
          pilotageTexts.noWeakCriterion
        ) : (
          <>
            {weakest.label}{' '}
            <span className={`niveau niveau-${weakest.level}`}>
              ({QUALITY_LEVEL_LABELS[weakest.level]})
            </span>
          </>
        )}
      </td>
      <td>{formatRelative(action.updatedAt)}</td>
    </tr>
  )
}
