import { useState, type SubmitEvent, type ReactNode } from 'react'
import type { DecisionStatusName, DecisionView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { DECISION_STATUS_LABELS, decisionTexts as texts } from './texts.ts'
import { useFollowUpDecision } from './useDecisions.ts'

const STATUSES = Object.keys(DECISION_STATUS_LABELS) as DecisionStatusName[]

/** Changes a decision's status, with an optional note (its instance's managers and its owner). */
export function FollowUpForm(props: { decision: DecisionView }): ReactNode {
  const { decision } = props
  const followUp = useFollowUpDecision(decision.id)
  const [status, setStatus] = useState<DecisionStatusName>(decision.status)
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    setDone(false)
    followUp.mutate(
      { status, ...(note.trim() === '' ? {} : { note: note.trim() }) },
      {
        onSuccess: () => {
          setNote('')
          setDone(true)
        },
      },
    )
  }

  const id = `suivi-${decision.id}`
  return (
    <details className="formulaire-suivi">
      <summary>{texts.followUp}</summary>
      <form onSubmit={handleSubmit}>
        <div className="champ">
          <label htmlFor={`${id}-statut`}>{texts.followUpStatus}</label>
          <select
            id={`${id}-statut`}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as DecisionStatusName)
            }}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {DECISION_STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor={`${id}-note`}>{texts.followUpNote}</label>
          <textarea
            id={`${id}-note`}
            value={note}
            maxLength={2000}
            rows={2}
            onChange={(event) => {
              setNote(event.target.value)
            }}
          />
        </div>
        <button type="submit" className="bouton-principal" disabled={followUp.isPending}>
          {followUp.isPending ? texts.working : texts.followUpSubmit}
        </button>
        <p role="status">{done ? texts.followedUp : ''}</p>
        {followUp.isError && (
          <p className="erreur" role="alert">
            {messageOf(followUp.error)}
          </p>
        )}
      </form>
    </details>
  )
}
