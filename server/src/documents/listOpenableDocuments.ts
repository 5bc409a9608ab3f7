import { documentAccess, isAdmin } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * Every document the actor may open (`documentAccess` is not null), once each: those of the spaces
 * they belong to (every space for admins) and those shared with all territories.
 */
export async function listOpenableDocuments(
  store: MetadataStore,
  actor: Actor,
): Promise<DocumentRecord[]> {
  const spaceIds = isAdmin(actor)
    ? (await store.listSpaces()).map((space) => space.id)
    : [...actor.roles.keys()]
  const [ofSpaces, shared] = await Promise.all([
    Promise.all(spaceIds.map((spaceId) => store.listDocumentsOfSpace(spaceId))),
    store.listSharedDocuments(),
  ])
  const openable = new Map<string, DocumentRecord>()
  for (const record of [...ofSpaces.flat(), ...shared]) {
    if (documentAccess(actor, record) !== null) openable.set(record.id, record)
  }
  return [...openable.values()]
}
