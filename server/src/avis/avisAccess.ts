import { SpaceRole, canEdit } from '@maillage/schema'
import { roleIn } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

// Who may move an avis through its adoption. An avis is the word of the instance whose space it
// is written in: only the members of that space act on it — admins who are not members read it
// (`documentAccess`) but neither submit, take a position nor adopt. Nothing moves once archived.

/** The contributeurs and animateurs of the avis's space submit it to adoption, or withdraw it. */
export function canSubmitAvis(actor: Actor, avis: DocumentRecord): boolean {
  const role = roleIn(actor, avis.spaceId)
  return avis.archivedAt === undefined && role !== undefined && canEdit(role)
}

/**
 * Every member of the avis's space takes a position, lecteurs included: the elected officials and
 * partners who approve an avis are often lecteurs of the space, not its drafters.
 */
export function canTakeAvisPosition(actor: Actor, avis: DocumentRecord): boolean {
  return avis.archivedAt === undefined && roleIn(actor, avis.spaceId) !== undefined
}

/** The animateurs of the avis's space adopt it, and alone withdraw an adopted avis. */
export function canAdoptAvis(actor: Actor, avis: DocumentRecord): boolean {
  return avis.archivedAt === undefined && roleIn(actor, avis.spaceId) === SpaceRole.Animateur
}
