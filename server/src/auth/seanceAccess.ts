import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { canManageSpace } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import type { SyncGrant } from './Authenticator.ts'

/**
 * The websocket grant of a séance's document (kind `seance`): as {@link documentSyncGrant} says
 * while the séance is not closed; once closed (its record's status `close`), read-only for
 * everyone but its instance's managers (admins and the animateurs of its space), who may still
 * correct the relevé. Lecteurs read a séance: they make no suggestions there.
 */
export async function seanceSyncGrant(
  store: MetadataStore,
  actor: Actor,
  document: DocumentRecord,
  grant: SyncGrant | null,
): Promise<SyncGrant | null> {
  if (grant === null || grant.access !== 'write' || canManageSpace(actor, document.spaceId)) {
    return grant
  }
  const meetings = await store.meetings.listMeetings()
  const meeting = meetings.find((found) => found.documentId === document.id)
  return meeting?.status === 'close' ? { access: 'read' } : grant
}
