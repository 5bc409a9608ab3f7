import type { DecisionRecord } from './records/Decision.ts'
import type { GovernanceMilestone } from './records/GovernanceMilestone.ts'

/**
 * The register of decisions and the governance calendar's milestones in the metadata store. Same
 * contract as {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a taken id).
 */
export interface DecisionRecords {
  createDecision(decision: DecisionRecord): Promise<void>
  findDecision(id: string): Promise<DecisionRecord | null>
  /** Every decision, oldest first (the register filters them: hundreds a year, not millions). */
  listDecisions(): Promise<DecisionRecord[]>
  /**
   * Changes a decision in one atomic step: `change` gets the stored record and returns the patch,
   * or throws (nothing written). Null when there is no such decision.
   */
  changeDecision(
    id: string,
    change: (current: DecisionRecord) => Partial<Omit<DecisionRecord, 'id'>>,
  ): Promise<DecisionRecord | null>

  createMilestone(milestone: GovernanceMilestone): Promise<void>
  findMilestone(id: string): Promise<GovernanceMilestone | null>
  /** Every milestone, oldest first. */
  listMilestones(): Promise<GovernanceMilestone[]>
}
