import { REGIONAL_SPACE_IDS, canEdit } from '@maillage/schema'
import { isAdmin, roleIn } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'

/**
 * The regional team, who prepare, proof-read and publish the numéros of the lettre (documents of
 * the espace régional): admins, and the animateurs and contributeurs of the espace régional.
 * Every signed-in member reads the published numéros.
 */
export function canManageLettre(actor: Actor): boolean {
  const role = roleIn(actor, REGIONAL_SPACE_IDS.regional)
  return isAdmin(actor) || (role !== undefined && canEdit(role))
}
