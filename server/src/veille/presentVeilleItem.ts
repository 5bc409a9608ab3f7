import type { VeilleItemView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { canCurateVeille, canEditVeilleItem } from '../auth/veilleAccess.ts'
import type { VeilleItem } from '../persistence/records/VeilleItem.ts'

/** The view of `item` for `actor`, with what they may do with it. */
export function presentVeilleItem(actor: Actor, item: VeilleItem): VeilleItemView {
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    source: item.source,
    publishedOn: item.publishedOn,
    summary: item.summary,
    thematiques: item.thematiques,
    territories: item.territories,
    status: item.status,
    selectedForLettre: item.selectedForLettre,
    addedBy: item.addedBy,
    addedAt: item.addedAt,
    ...(item.curatedBy === undefined ? {} : { curatedBy: item.curatedBy }),
    ...(item.curatedAt === undefined ? {} : { curatedAt: item.curatedAt }),
    origin: item.origin,
    canEdit: canEditVeilleItem(actor, item),
    canCurate: canCurateVeille(actor),
  }
}
