import { ToolProposalStatus } from '../persistence/records/ToolProposal.ts'

/**
 * The moves a proposal may make. A proposal is examined before it is validated; it may be refused
 * straight away (e.g. an existing tool can obviously be adapted) or after examination. Validé and
 * refusé are final: a new attempt is a new proposal.
 */
export const PROPOSAL_TRANSITIONS: Readonly<
  Record<ToolProposalStatus, readonly ToolProposalStatus[]>
> = {
  propose: [ToolProposalStatus.EnExamen, ToolProposalStatus.Refuse],
  'en-examen': [ToolProposalStatus.Valide, ToolProposalStatus.Refuse],
  valide: [],
  refuse: [],
}

/** True when a proposal of status `from` may move to `to`. */
export function canMoveProposal(from: ToolProposalStatus, to: ToolProposalStatus): boolean {
  return PROPOSAL_TRANSITIONS[from].includes(to)
}

/** French label of each status, in messages. */
export const PROPOSAL_STATUS_LABELS: Readonly<Record<ToolProposalStatus, string>> = {
  propose: 'proposée',
  'en-examen': 'en examen',
  valide: 'validée',
  refuse: 'refusée',
}
