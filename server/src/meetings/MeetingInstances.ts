import type { SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'

/** What the séances need to know of an instance (CONTRACTS: `InstanceRecord`). */
export interface MeetingInstance {
  readonly id: string
  /** `comite-pilotage`, `bureau-core`… */
  readonly kind: string
  readonly name: string
  readonly spaceId: SpaceId
  /** Members present (or represented) a séance needs. */
  readonly quorum: number
}

/** A member's mandate in an instance, as the séances see it (CONTRACTS: `InstanceMember`). */
export interface MeetingMember {
  /** The mandate's id. */
  readonly id: string
  readonly name: string
  readonly accountId?: string
  /** The body the member represents. */
  readonly body: string
}

/**
 * The instances as the séances see them: found by id, their active members on a day, and who
 * manages each (the instances module's `findInstance`, `activeMembers` and `canManageInstance`,
 * wired by the composition root).
 */
export interface MeetingInstances {
  findInstance(id: string): Promise<MeetingInstance | null>
  /** Every instance, in their order. */
  listAllInstances(): Promise<MeetingInstance[]>
  /** The members whose mandate covers `onDate` (`YYYY-MM-DD`). */
  activeMembers(instanceId: string, onDate: string): Promise<MeetingMember[]>
  canManageInstance(actor: Actor, instance: MeetingInstance): boolean
}
