import { useState, type ComponentType, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { ToolProposalTransitionBody, ToolProposalView } from '@maillage/protocol'
import { OUTIL_THEMATIQUE_OPTIONS, OUTIL_TYPE_OPTIONS } from '@maillage/schema'
import { messageOf } from '../../api/ApiError.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { labelOf } from '../../ui/labelOf.ts'
import { PROPOSAL_STATUS_LABELS, TRANSITION_LABELS, proposalTexts } from './texts.ts'
import { useProposal, useTransitionProposal } from './useToolbox.ts'

/** What the app shows of the register of decisions about a proposal (features do not import each other). */
type ProposalDecisions = ComponentType<{ kind: 'outil'; id: string }>

/**
 * One proposal: what is proposed, the tools considered, its dated history and the decision; with
 * `Decisions`, the register's decisions about it, handed in by the app.
 */
export function ProposalPage(props: { Decisions?: ProposalDecisions }): ReactNode {
  const { proposalId = '' } = useParams()
  const proposal = useProposal(proposalId)
  usePageTitle(proposal.data?.title ?? proposalTexts.listTitle)
  if (proposal.isPending) return <Loading label={proposalTexts.listTitle} />
  if (proposal.isError) return <ErrorNotice error={proposal.error} />
  return <ProposalDetail proposal={proposal.data} Decisions={props.Decisions} />
}

function ProposalDetail(props: {
  proposal: ToolProposalView
  Decisions: ProposalDecisions | undefined
}): ReactNode {
  const { proposal, Decisions } = props
  return (
    <div className="page-etroite">
      <p>
        <Link to="/boite-a-outils/propositions">{proposalTexts.back}</Link>
      </p>
      <h1 tabIndex={-1}>{proposal.title}</h1>
      <p>
        <span className="badge">{PROPOSAL_STATUS_LABELS[proposal.status] ?? proposal.status}</span>{' '}
        {proposalTexts.proposedBy(proposal.proposedBy.name, formatDateTime(proposal.proposedAt))}
      </p>
      <p className="texte-long">{proposal.description}</p>
      <dl className="details">
        {proposal.type !== '' && (
          <div>
            <dt>{proposalTexts.type}</dt>
            <dd>{labelOf(OUTIL_TYPE_OPTIONS, proposal.type)}</dd>
          </div>
        )}
        {proposal.thematiques.length > 0 && (
          <div>
            <dt>{proposalTexts.thematiques}</dt>
            <dd>
              {proposal.thematiques.map((t) => labelOf(OUTIL_THEMATIQUE_OPTIONS, t)).join(', ')}
            </dd>
          </div>
        )}
        {proposal.porteur !== '' && (
          <div>
            <dt>{proposalTexts.porteur}</dt>
            <dd>{proposal.porteur}</dd>
          </div>
        )}
      </dl>
      <h2>{proposalTexts.considerations}</h2>
      <ul>
        {proposal.consideredTools.map((tool, index) => (
          <li key={index}>
            <strong>
              {tool.documentId === null ? (
                tool.name
              ) : (
                <Link to={`/documents/${tool.documentId}`}>{tool.name}</Link>
              )}
            </strong>{' '}
            — {tool.whyNotAdaptable}
          </li>
        ))}
      </ul>
      <h2>{proposalTexts.history}</h2>
      <ol className="historique">
        {proposal.history.map((step, index) => (
          <li key={index}>
            {proposalTexts.step(
              PROPOSAL_STATUS_LABELS[step.status] ?? step.status,
              step.by.name,
              formatDateTime(step.at),
            )}
            {step.rationale !== undefined && <blockquote>{step.rationale}</blockquote>}
          </li>
        ))}
      </ol>
      {proposal.createdToolId !== undefined && (
        <p>
          <Link to={`/documents/${proposal.createdToolId}`}>{proposalTexts.createdTool}</Link>
        </p>
      )}
      {proposal.canDecide && (proposal.status === 'propose' || proposal.status === 'en-examen') && (
        <DecisionForm key={proposal.status} proposal={proposal} />
      )}
      {Decisions !== undefined && <Decisions kind="outil" id={proposal.id} />}
    </div>
  )
}

function DecisionForm(props: { proposal: ToolProposalView }): ReactNode {
  const { proposal } = props
  const transition = useTransitionProposal(proposal.id)
  const choices: ToolProposalTransitionBody['to'][] =
    // The comité examines a proposal before it validates it; it may refuse it at once.
    proposal.status === 'propose' ? ['en-examen', 'refuse'] : ['valide', 'refuse']
  const [to, setTo] = useState<ToolProposalTransitionBody['to']>(choices[0] ?? 'en-examen')
  const [rationale, setRationale] = useState('')
  const errors = fieldErrors(transition.error)
  return (
    <section className="carte" aria-labelledby="titre-decision">
      <h2 id="titre-decision">{proposalTexts.decide}</h2>
      <form
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          transition.mutate({ to, rationale: rationale.trim() })
        }}
      >
        {transition.isError && Object.keys(errors).length === 0 && (
          <p className="erreur" role="alert">
            {messageOf(transition.error)}
          </p>
        )}
        <div className="champ">
          <label htmlFor="decision">{proposalTexts.decision}</label>
          <select
            id="decision"
            value={to}
            onChange={(event) => {
              setTo(event.target.value as ToolProposalTransitionBody['to'])
            }}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {TRANSITION_LABELS[choice]}
              </option>
            ))}
          </select>
        </div>
        <div className={errors.rationale === undefined ? 'champ' : 'champ champ-en-erreur'}>
          <label htmlFor="motivation">{proposalTexts.rationale}</label>
          <p className="aide" id="motivation-aide">
            {proposalTexts.rationaleHint}
          </p>
          <textarea
            id="motivation"
            rows={4}
            value={rationale}
            aria-invalid={errors.rationale !== undefined}
            aria-describedby={
              errors.rationale === undefined
                ? 'motivation-aide'
                : 'motivation-aide motivation-erreur'
            }
            onChange={(event) => {
              setRationale(event.target.value)
            }}
          />
          {errors.rationale !== undefined && (
            <p className="message-erreur" id="motivation-erreur">
              {errors.rationale}
            </p>
          )}
        </div>
        <button type="submit" className="bouton-principal" disabled={transition.isPending}>
          {transition.isPending ? proposalTexts.applying : proposalTexts.apply}
        </button>
      </form>
    </section>
  )
}
