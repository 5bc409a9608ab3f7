import type { DecisionRecords } from './DecisionRecords.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, type RecordKind } from './recordCollection.ts'
import { decisionRecordSchema, type DecisionRecord } from './records/Decision.ts'
import {
  governanceMilestoneSchema,
  type GovernanceMilestone,
} from './records/GovernanceMilestone.ts'

const DECISION: RecordKind<DecisionRecord> = {
  name: 'decision',
  schema: decisionRecordSchema,
  unique: ['id'],
}
const MILESTONE: RecordKind<GovernanceMilestone> = {
  name: 'governance milestone',
  schema: governanceMilestoneSchema,
  unique: ['id'],
}

/** The register of decisions of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbDecisionRecords implements DecisionRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createDecision(decision: DecisionRecord): Promise<void> {
    await this.#db.write((data) => insertRecord(data.decisions, decision, DECISION))
  }

  findDecision(id: string): Promise<DecisionRecord | null> {
    return this.#db.read((data) => data.decisions.find((found) => found.id === id) ?? null)
  }

  listDecisions(): Promise<DecisionRecord[]> {
    return this.#db.read((data) => data.decisions)
  }

  changeDecision(
    id: string,
    change: (current: DecisionRecord) => Partial<Omit<DecisionRecord, 'id'>>,
  ): Promise<DecisionRecord | null> {
    return this.#db.write((data) => {
      const current = data.decisions.find((found) => found.id === id)
      if (current === undefined) return null
      // A copy, so that a `change` mutating its argument cannot alter the data if it then throws.
      const patch = change(structuredClone(current))
      return replaceRecord(data.decisions, { id, patch }, DECISION)
    })
  }

  async createMilestone(milestone: GovernanceMilestone): Promise<void> {
    await this.#db.write((data) => insertRecord(data.governanceMilestones, milestone, MILESTONE))
  }

  findMilestone(id: string): Promise<GovernanceMilestone | null> {
    return this.#db.read(
      (data) => data.governanceMilestones.find((found) => found.id === id) ?? null,
    )
  }

  listMilestones(): Promise<GovernanceMilestone[]> {
    return this.#db.read((data) => data.governanceMilestones)
  }
}
