import type { DocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { ToolProposal } from './records/ToolProposal.ts'
import type { ToolUsage } from './records/ToolUsage.ts'

/**
 * The records of the boîte à outils in the metadata store: proposals of new tools and what each
 * CLPE says of each tool. Same contract as {@link MetadataStore} (validated, copies, conflicts).
 */
export interface ToolboxRecords {
  createToolProposal(proposal: ToolProposal): Promise<void>
  findToolProposal(id: string): Promise<ToolProposal | null>
  /** Every proposal, oldest first. */
  listToolProposals(): Promise<ToolProposal[]>
  updateToolProposal(
    id: string,
    patch: Partial<Omit<ToolProposal, 'id'>>,
  ): Promise<ToolProposal | null>
  /**
   * Changes a proposal in one write: `change` receives the proposal as stored at that moment and
   * returns the patch to apply, or throws to refuse (nothing is written, the error rejects). Two
   * decisions on one proposal can therefore never both pass a check of its status. Resolves to the
   * changed proposal, or null when there is none with this id (`change` is not called).
   */
  changeToolProposal(
    id: string,
    change: (current: ToolProposal) => Partial<Omit<ToolProposal, 'id'>>,
  ): Promise<ToolProposal | null>

  /** Creates or replaces the usage of (documentId, spaceId): the last writer wins. */
  putToolUsage(usage: ToolUsage): Promise<void>
  deleteToolUsage(documentId: DocumentId, spaceId: SpaceId): Promise<boolean>
  listToolUsages(): Promise<ToolUsage[]>
}
