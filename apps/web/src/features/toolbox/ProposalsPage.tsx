import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { PROPOSAL_STATUS_LABELS, proposalTexts, toolboxTexts } from './texts.ts'
import { useProposals } from './useToolbox.ts'

/** The proposals of new tools: one's own, or all of them for the comité de pilotage. */
export function ProposalsPage(): ReactNode {
  usePageTitle(proposalTexts.listTitle)
  const proposals = useProposals()
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{proposalTexts.listTitle}</h1>
      <p className="actions-page">
        <Link to="/boite-a-outils">{toolboxTexts.pageTitle}</Link>
        <Link to="/boite-a-outils/proposer">{toolboxTexts.propose}</Link>
      </p>
      {proposals.isPending && <Loading label={toolboxTexts.loading} />}
      {proposals.isError && (
        <ErrorNotice error={proposals.error} onRetry={() => void proposals.refetch()} />
      )}
      {proposals.data?.length === 0 && <p>{proposalTexts.listEmpty}</p>}
      {proposals.data !== undefined && proposals.data.length > 0 && (
        <ul className="liste-documents">
          {proposals.data.map((proposal) => (
            <li key={proposal.id} className="element-document">
              <Link className="lien-document" to={`/boite-a-outils/propositions/${proposal.id}`}>
                {proposal.title}
              </Link>
              <span className="badge">
                {PROPOSAL_STATUS_LABELS[proposal.status] ?? proposal.status}
              </span>
              <span className="derniere-modification">
                {proposalTexts.proposedBy(
                  proposal.proposedBy.name,
                  formatDateTime(proposal.proposedAt),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
