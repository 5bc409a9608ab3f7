import type { SessionView } from '@maillage/protocol'
import { REGIONAL_SPACE_IDS } from '@maillage/schema'

const REGIONAL_SPACES: readonly string[] = [REGIONAL_SPACE_IDS.regional, REGIONAL_SPACE_IDS.core]

/**
 * Whether to offer « Pilotage régional » to the signed-in person: the regional team (platform
 * admins) and the members of the espace régional or of the CoRE. Only a comfort of the menu: the
 * server answers the view to them alone.
 */
export function canSeeRegionalPilotage(session: SessionView): boolean {
  if (session.account.platformRole === 'admin') return true
  return session.memberships.some((membership) => REGIONAL_SPACES.includes(membership.spaceId))
}
