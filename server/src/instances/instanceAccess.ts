import type { SpaceId } from '@maillage/schema'
import { canManageSpace, canSeeSpaceContent, isAdmin } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { InstanceKind } from '../persistence/records/InstanceRecord.ts'

// Who does what with the governance's instances. The regional instances are public governance:
// every signed-in member reads them. A CLPE's plénière and bureau are its space's business.

/** What the rules need to know of an instance. */
export interface InstanceRef {
  readonly kind: string
  readonly spaceId: SpaceId
}

/** True for a CLPE's own instances (its plénière and bureau). */
export function isClpeInstance(instance: Pick<InstanceRef, 'kind'>): boolean {
  return instance.kind === InstanceKind.PleniereClpe || instance.kind === InstanceKind.BureauClpe
}

/** Reading an instance: the regional ones every signed-in member, a CLPE's its members and admins. */
export function canReadInstance(actor: Actor, instance: InstanceRef): boolean {
  return !isClpeInstance(instance) || canSeeSpaceContent(actor, instance.spaceId)
}

/**
 * Managing an instance's members: admins and the animateurs of the instance's space — « l’équipe
 * régionale » for the regional instances, the CLPE's animateurs for its own.
 */
export function canManageInstance(actor: Actor, instance: InstanceRef): boolean {
  return canManageSpace(actor, instance.spaceId)
}

/** Setting a CLPE's profile (urbain, périurbain, rural): the regional team's admins only. */
export function canSetClpeProfile(actor: Actor): boolean {
  return isAdmin(actor)
}
