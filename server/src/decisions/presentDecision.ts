import type { DecisionView } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DecisionRecord } from '../persistence/records/Decision.ts'
import { isOverdue } from './decisionFilters.ts'
import { sourceViewOf, subjectViewOf } from './decisionPaths.ts'

/** A decision as the register shows it: its instance's name, links, and whether it is late. */
export async function presentDecision(
  decision: DecisionRecord,
  context: { instanceName: string; today: string; store: MetadataStore; canFollowUp: boolean },
): Promise<DecisionView> {
  const subject = await subjectViewOf(decision, context.store)
  return {
    id: decision.id,
    instanceId: decision.instanceId,
    instanceName: context.instanceName,
    decidedOn: decision.decidedOn,
    text: decision.text,
    ...(subject === undefined ? {} : { subject }),
    ...(decision.owner === undefined ? {} : { owner: decision.owner }),
    ...(decision.dueOn === undefined ? {} : { dueOn: decision.dueOn }),
    status: decision.status,
    overdue: isOverdue(decision, context.today),
    source: sourceViewOf(decision),
    createdAt: decision.createdAt,
    followUps: decision.followUps.map((step) => ({
      at: step.at,
      byName: step.byName,
      status: step.status,
      ...(step.note === undefined ? {} : { note: step.note }),
    })),
    canFollowUp: context.canFollowUp,
  }
}
