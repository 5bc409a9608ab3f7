import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import { canManageSpace } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import type { SyncGrant } from './Authenticator.ts'

/**
 * The websocket grant of a séance's document (kind `seance`): as {@link documentSyncGrant} says
 * while the séance is not closed; once closed (its record's status `close`), read-only for
 * everyone but its instance's managers (admins and the animateurs of its space), who may still
 * correct the relevé. The instance's members who are not members of its space (a CLPE's
 * representative in a regional instance) read it, as they read the séance. Lecteurs read a séance:
 * they make no suggestions there.
 */
export async function seanceSyncGrant(
  store: MetadataStore,
  actor: Actor,
  document: DocumentRecord,
  grant: SyncGrant | null,
): Promise<SyncGrant | null> {
  if (grant !== null && (grant.access !== 'write' || canManageSpace(actor, document.spaceId))) {
    return grant
  }
  const meetings = await store.meetings.listMeetings()
  const meeting = meetings.find((found) => found.documentId === document.id)
  if (meeting === undefined) return grant
  if (grant === null) {
    return (await isActiveMember(store, actor, meeting)) ? { access: 'read' } : null
  }
  return meeting.status === 'close' ? { access: 'read' } : grant
}

/** True when `actor` holds a mandate of the séance's instance on its (Paris) day. */
async function isActiveMember(
  store: MetadataStore,
  actor: Actor,
  meeting: MeetingRecord,
): Promise<boolean> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(meeting.startsAt),
  )
  const mandates = await store.instances.listMandates(meeting.instanceId)
  return mandates.some(
    (mandate) =>
      mandate.accountId === actor.account.id &&
      mandate.startsOn <= day &&
      (mandate.endsOn === undefined || day <= mandate.endsOn),
  )
}
