import { DocumentKind, DocumentRoot, SpaceRole } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { documentAccess, documentSyncGrant, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import { PLENARY_SEAT, type BreakoutSeat, type BreakoutSeats } from './BreakoutSeat.ts'
import type { SyncGrant } from './Authenticator.ts'
import { reviewRightsOf } from './reviewRights.ts'
import { seanceSyncGrant } from './seanceAccess.ts'

/** A lecteur who may suggest: their own suggestions in the rich text, nothing else. */
const SUGGEST_ONLY_GRANT: SyncGrant = {
  access: 'write',
  writableRoots: [DocumentRoot.Body],
  suggestOnly: true,
}

/**
 * {@link documentSyncGrant} with what it needs looked up: the actor's registration when the
 * document is an atelier, and for a seat holder who does not edit it, their breakout group
 * (`seats`, read from the atelier's Y.Doc); and for a lecteur of the document's space, whether
 * the space lets lecteurs suggest (`reviewRightsOf`), which makes their read-only connection a suggest-only
 * writer. Called on every websocket upgrade and when live connections are re-checked.
 */
export async function decideSyncGrant(
  store: MetadataStore,
  actor: Actor,
  document: DocumentRecord,
  seats: BreakoutSeats,
): Promise<SyncGrant | null> {
  const registration =
    document.kind === DocumentKind.Atelier
      ? await store.ateliers.findRegistration(document.id, actor.account.id)
      : null
  const seat: BreakoutSeat =
    registration?.status === 'inscrit' && documentAccess(actor, document) !== 'write'
      ? await seats.seatOf(document.id, actor.account.id)
      : PLENARY_SEAT
  const grant = documentSyncGrant(actor, document, registration?.status ?? null, seat)
  if (document.kind === DocumentKind.Seance) return seanceSyncGrant(store, actor, document, grant)
  if (grant?.access !== 'read' || roleIn(actor, document.spaceId) !== SpaceRole.Lecteur) {
    return grant
  }
  const space = await store.findSpace(document.spaceId)
  return reviewRightsOf(actor, document, space, null).suggest ? SUGGEST_ONLY_GRANT : grant
}
