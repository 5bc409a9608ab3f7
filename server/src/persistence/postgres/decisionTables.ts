import { decisionRecordSchema, type DecisionRecord } from '../records/Decision.ts'
import {
  governanceMilestoneSchema,
  type GovernanceMilestone,
} from '../records/GovernanceMilestone.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 011_decisions.sql, as postgresRows.ts reads and writes them.

/** The register of decisions, looked up by instance. */
export const DECISIONS: PostgresTable<DecisionRecord> = {
  name: 'metadata_decisions',
  what: 'decision',
  schema: decisionRecordSchema,
  columns: {
    id: (decision) => decision.id,
    instance_id: (decision) => decision.instanceId,
  },
  key: ['id'],
}

/** The governance calendar's milestones. */
export const GOVERNANCE_MILESTONES: PostgresTable<GovernanceMilestone> = {
  name: 'metadata_governance_milestones',
  what: 'governance milestone',
  schema: governanceMilestoneSchema,
  columns: {
    id: (milestone) => milestone.id,
  },
  key: ['id'],
}
