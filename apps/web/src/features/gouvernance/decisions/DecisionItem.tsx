import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { DecisionView } from '@maillage/protocol'
import { formatDateTime, formatShortDate } from '../../../ui/formatDate.ts'
import { FollowUpForm } from './FollowUpForm.tsx'
import { DECISION_STATUS_LABELS, decisionTexts as texts } from './texts.ts'

/** One decision: its text, instance and date, object, owner, due date, status, origin, follow-up. */
export function DecisionItem(props: {
  decision: DecisionView
  headingLevel: 'h2' | 'h3'
  /** The follow-up form, where the person may change the status. */
  withFollowUp: boolean
}): ReactNode {
  const { decision } = props
  const Heading = props.headingLevel
  return (
    <article className="carte decision" aria-labelledby={`decision-${decision.id}`}>
      <Heading id={`decision-${decision.id}`} className="texte-decision">
        {decision.text}
      </Heading>
      <p>
        {texts.decidedOn(formatShortDate(decision.decidedOn), decision.instanceName)}{' '}
        <span className={`badge statut-decision-${decision.status}`}>
          {DECISION_STATUS_LABELS[decision.status]}
        </span>
        {decision.overdue && <span className="badge badge-retard">{texts.overdueBadge}</span>}
      </p>
      <dl className="details-decision">
        {decision.subject !== undefined && (
          <>
            <dt>{texts.subjectLabel}</dt>
            <dd>
              {decision.subject.path === undefined ? (
                decision.subject.label
              ) : (
                <Link to={decision.subject.path}>{decision.subject.label}</Link>
              )}
            </dd>
          </>
        )}
        {decision.owner !== undefined && (
          <>
            <dt>{texts.ownerLabel}</dt>
            <dd>{decision.owner.name}</dd>
          </>
        )}
        {decision.dueOn !== undefined && (
          <>
            <dt>{texts.dueLabel}</dt>
            <dd>{formatShortDate(decision.dueOn)}</dd>
          </>
        )}
        <dt>{texts.sourceLabel}</dt>
        <dd>
          {decision.source.path === undefined ? (
            decision.source.label
          ) : (
            <Link to={decision.source.path}>{decision.source.label}</Link>
          )}
        </dd>
      </dl>
      {decision.followUps.length > 0 && (
        <details>
          <summary>{texts.followUps}</summary>
          <ol className="suivi-decision">
            {decision.followUps.map((step) => (
              <li key={step.at}>
                {formatDateTime(step.at)} — {step.byName} : {DECISION_STATUS_LABELS[step.status]}
                {step.note === undefined ? '' : ` — ${step.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
      {props.withFollowUp && decision.canFollowUp && <FollowUpForm decision={decision} />}
    </article>
  )
}
