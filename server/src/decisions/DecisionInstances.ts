import type { SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'

/** What the register needs to know of an instance (CONTRACTS: `InstanceRecord`). */
export interface DecisionInstance {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly spaceId: SpaceId
}

/**
 * The instances as the register sees them: found by id, and who manages each (the instances
 * module's `findInstance` and `canManageInstance`, wired by the composition root).
 */
export interface DecisionInstances {
  findInstance(id: string): Promise<DecisionInstance | null>
  listAllInstances(): Promise<DecisionInstance[]>
  canManageInstance(actor: Actor, instance: DecisionInstance): boolean
}
