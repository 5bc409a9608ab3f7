import type { SessionView } from '@maillage/protocol'
import { REGIONAL_SPACE_IDS, canEdit } from '@maillage/schema'

/**
 * Whether the signed-in person may publish ateliers: the regional team (admins) and the editors of
 * the espace régional, where the programme lives. Only decides what the screen offers; the server
 * decides what it accepts.
 */
export function canCreateAteliers(session: SessionView | null | undefined): boolean {
  if (session == null) return false
  if (session.account.platformRole === 'admin') return true
  return session.memberships.some(
    (membership) => membership.spaceId === REGIONAL_SPACE_IDS.regional && canEdit(membership.role),
  )
}
