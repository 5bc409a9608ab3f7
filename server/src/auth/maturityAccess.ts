import { REGIONAL_SPACE_IDS, SpaceRole, canEdit, type SpaceId } from '@maillage/schema'
import { isAdmin, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import { isRegionalPilotageViewer } from './regionalPilotage.ts'

// Who sees and does what in the démarche de progression (maturity self-assessment of the CLPE).

/**
 * The regional team opens and closes the campaigns: admins and the animateurs of the espace
 * régional, as for the surveys of the CLPE (a campaign speaks for the region to every CLPE).
 */
export function canManageMaturityCampaigns(actor: Actor): boolean {
  return isAdmin(actor) || roleIn(actor, REGIONAL_SPACE_IDS.regional) === SpaceRole.Animateur
}

/** Every CLPE's self-assessments: the regional team and the region's viewers (CoRE, espace régional). */
export function canSeeEveryMaturity(actor: Actor): boolean {
  return canManageMaturityCampaigns(actor) || isRegionalPilotageViewer(actor)
}

/** A CLPE's self-assessments and progression: its members and the region; others see nothing. */
export function canSeeMaturityOf(actor: Actor, spaceId: SpaceId): boolean {
  return canSeeEveryMaturity(actor) || roleIn(actor, spaceId) !== undefined
}

/**
 * Starting, filling in and submitting a CLPE's self-assessment: its contributeurs and animateurs.
 * The CLPE speaks for itself: the regional team reads it, and its lecteurs too.
 */
export function canFillMaturityOf(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return role !== undefined && canEdit(role)
}
