import { REGIONAL_SPACE_IDS } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'
import { canCreateDocumentIn, documentAccess } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'

// Who does what with the ateliers of the programme (issue #8, items 3 and 4). An atelier is a
// document of the espace régional shared with all territories, so these rules are the document
// rules read for the programme: whoever edits the document runs the atelier.

/**
 * Facilitators of an atelier are those who may edit its document (`documentAccess` = `write`):
 * the editors of its space (contributeurs and animateurs of the espace régional) and admins. They
 * edit its details, run its live session, see its registrants and attendance, and draft its
 * compte rendu. Archived ateliers have no facilitators: they are read-only for everyone.
 */
export function canFacilitateAtelier(actor: Actor, atelier: DocumentRecord): boolean {
  return documentAccess(actor, atelier) === 'write'
}

/**
 * New ateliers of the programme are created by those who may create documents in the espace
 * régional (its contributeurs and animateurs, and admins), who then facilitate them.
 */
export function canCreateAtelier(actor: Actor): boolean {
  return canCreateDocumentIn(actor, REGIONAL_SPACE_IDS.regional)
}

/**
 * Any signed-in member who may read an atelier may register to it (ateliers are shared with all
 * territories, so every member of a CLPE may); whether registration is still open (not archived,
 * not ended) is the service's concern.
 */
export function canRegisterToAtelier(actor: Actor, atelier: DocumentRecord): boolean {
  return actor.account.id !== '' && documentAccess(actor, atelier) !== null
}

/**
 * The visio link is given to people who hold a seat (`inscrit`, not those on the waiting list)
 * and to facilitators only: a link published to every member would let anyone in without
 * registering, and the capacity would mean nothing.
 */
export function canSeeVisioLink(
  actor: Actor,
  atelier: DocumentRecord,
  registration: Pick<AtelierRegistration, 'status'> | null,
): boolean {
  return registration?.status === 'inscrit' || canFacilitateAtelier(actor, atelier)
}
