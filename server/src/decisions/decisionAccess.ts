import { canSeeSpaceContent } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DecisionRecord } from '../persistence/records/Decision.ts'
import type { DecisionInstance, DecisionInstances } from './DecisionInstances.ts'

/** The kinds of instance that belong to one CLPE (its plenary and its bureau). */
const CLPE_INSTANCE_KINDS: ReadonlySet<string> = new Set(['pleniere-clpe', 'bureau-clpe'])

/**
 * Who reads an instance's decisions: those of the regional instances (comité de pilotage, comité
 * des territoires, bureau du CoRE) every signed-in member; those of a CLPE's own instances the
 * members of its space and admins.
 */
export function canReadDecisionsOf(actor: Actor, instance: DecisionInstance): boolean {
  if (actor.account.id === '') return false
  if (!CLPE_INSTANCE_KINDS.has(instance.kind)) return true
  return canSeeSpaceContent(actor, instance.spaceId)
}

/** Who moves a decision's follow-up: the managers of its instance, or the person who carries it. */
export function canFollowUpDecision(
  actor: Actor,
  decision: DecisionRecord,
  context: { instance: DecisionInstance; instances: DecisionInstances },
): boolean {
  if (context.instances.canManageInstance(actor, context.instance)) return true
  const ownerId = decision.owner?.accountId
  return ownerId !== undefined && ownerId === actor.account.id
}
