import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { NewDecision } from '../persistence/records/Decision.ts'
import type { ToolProposal } from '../persistence/records/ToolProposal.ts'
import { ToolProposalStatus } from '../persistence/records/ToolProposal.ts'

/** The instance that validates new tools: the comité de pilotage (seeded id). */
export const TOOL_VALIDATION_INSTANCE_ID = 'copil'

/**
 * Where the comité de pilotage's decisions on proposals go: the register of decisions
 * (`decisions/DecisionRegister.ts`), written through `within`, the transaction that records the
 * decision on the proposal, so that both are stored together or neither.
 */
export interface ToolDecisionRecorder {
  record(input: NewDecision, actor: Actor | null, within?: MetadataStore): Promise<unknown>
}

/**
 * The register's entry for a decided proposal (validée or refusée; null for another step): about
 * the created fiche outil when validated, about the proposal when refused.
 */
export function toolDecisionOf(proposal: ToolProposal, decidedAt: string): NewDecision | null {
  const label = proposal.title
  const common = {
    instanceId: TOOL_VALIDATION_INSTANCE_ID,
    decidedOn: decidedAt.slice(0, 10),
    source: { kind: 'validation-outil' as const, proposalId: proposal.id },
  }
  if (proposal.status === ToolProposalStatus.Valide && proposal.createdToolId !== undefined) {
    return {
      ...common,
      text: `Création de l’outil « ${label} » validée`,
      subject: { kind: 'outil', id: proposal.createdToolId, label },
    }
  }
  if (proposal.status === ToolProposalStatus.Refuse) {
    return {
      ...common,
      text: `Création de l’outil « ${label} » refusée`,
      subject: { kind: 'outil', id: proposal.id, label },
    }
  }
  return null
}
