import { REGIONAL_SPACE_IDS, canEdit, type SpaceId } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { documentAccess, isAdmin, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import { isRegionalPilotageViewer } from './regionalPilotage.ts'

// Who sees and does what in the pilotage: a CLPE's members see their
// dashboard; the region (CoRE, comité des territoires, regional team) sees all; other CLPE see
// only what was shared with all territories (the documents `documentAccess` lets them read).

export { isRegionalPilotageViewer }

/** The full dashboard of a space (every document and figure of it): its members and the region. */
export function canSeeFullPilotageOf(actor: Actor, spaceId: SpaceId): boolean {
  return isRegionalPilotageViewer(actor) || roleIn(actor, spaceId) !== undefined
}

/**
 * Drafting a bilan for the bureau du CoRE, a document of the espace régional: admins, and its
 * contributeurs and animateurs (its lecteurs read the bilan, they do not draft it).
 */
export function canDraftPilotageBilan(actor: Actor): boolean {
  const role = roleIn(actor, REGIONAL_SPACE_IDS.regional)
  return isAdmin(actor) || (role !== undefined && canEdit(role))
}

/** Adding a measurement to an indicator of a fiche: whoever may write the fiche. */
export function canMeasureIndicator(actor: Actor, record: DocumentRecord): boolean {
  return documentAccess(actor, record) === 'write'
}
