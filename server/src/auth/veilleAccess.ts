import { REGIONAL_SPACE_IDS, canEdit } from '@maillage/schema'
import { VeilleStatus, type VeilleItem } from '../persistence/records/VeilleItem.ts'
import { isAdmin, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'

// Who does what in the veille: any member of a space proposes; the regional team curates (the same
// team that drafts the bilan: admins, and the editors of the espace régional); everyone signed in
// reads what is published; a proposal stays between its author and the curators.

/** The regional team that curates the veille: admins, animateurs and contributeurs of the espace régional. */
export function canCurateVeille(actor: Actor): boolean {
  const role = roleIn(actor, REGIONAL_SPACE_IDS.regional)
  return isAdmin(actor) || (role !== undefined && canEdit(role))
}

/** Proposing an item: a member of at least one space (or an admin). */
export function canProposeVeille(actor: Actor): boolean {
  return isAdmin(actor) || actor.roles.size > 0
}

/** Reading an item: published ones by everyone signed in, others by their author and curators. */
export function canReadVeilleItem(actor: Actor, item: VeilleItem): boolean {
  return (
    item.status === VeilleStatus.Publie ||
    canCurateVeille(actor) ||
    item.addedBy.id === actor.account.id
  )
}

/** Editing an item: curators, and the author while it is still proposed. */
export function canEditVeilleItem(actor: Actor, item: VeilleItem): boolean {
  return (
    canCurateVeille(actor) ||
    (item.addedBy.id === actor.account.id && item.status === VeilleStatus.Propose)
  )
}
