import type { DecisionRecords } from '../DecisionRecords.ts'
import type { DecisionRecord } from '../records/Decision.ts'
import type { GovernanceMilestone } from '../records/GovernanceMilestone.ts'
import { DECISIONS, GOVERNANCE_MILESTONES } from './decisionTables.ts'
import { insertRow, selectRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/**
 * The register of decisions of `PostgresMetadataStore` (`011_decisions.sql`). `changeDecision`
 * locks the decision's row for its read, check and write.
 */
export class PostgresDecisionRecords implements DecisionRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createDecision(decision: DecisionRecord): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, DECISIONS, decision))
  }

  findDecision(id: string): Promise<DecisionRecord | null> {
    return selectRow(this.#scope, DECISIONS, { where: 'id = $1', values: [id] })
  }

  listDecisions(): Promise<DecisionRecord[]> {
    return selectRows(this.#scope, DECISIONS)
  }

  changeDecision(
    id: string,
    change: (current: DecisionRecord) => Partial<Omit<DecisionRecord, 'id'>>,
  ): Promise<DecisionRecord | null> {
    return updateRow(this.#scope, DECISIONS, { id, patchOf: change })
  }

  async createMilestone(milestone: GovernanceMilestone): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, GOVERNANCE_MILESTONES, milestone))
  }

  findMilestone(id: string): Promise<GovernanceMilestone | null> {
    return selectRow(this.#scope, GOVERNANCE_MILESTONES, { where: 'id = $1', values: [id] })
  }

  listMilestones(): Promise<GovernanceMilestone[]> {
    return selectRows(this.#scope, GOVERNANCE_MILESTONES)
  }
}
