import { DocumentKind } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { documentSyncGrant } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import type { SyncGrant } from './Authenticator.ts'

/**
 * {@link documentSyncGrant} with what it needs looked up: the actor's registration when the
 * document is an atelier. Called on every websocket upgrade and when live connections are re-checked.
 */
export async function decideSyncGrant(
  store: MetadataStore,
  actor: Actor,
  document: DocumentRecord,
): Promise<SyncGrant | null> {
  const registration =
    document.kind === DocumentKind.Atelier
      ? await store.ateliers.findRegistration(document.id, actor.account.id)
      : null
  return documentSyncGrant(actor, document, registration?.status ?? null)
}
