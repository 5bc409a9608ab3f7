import {
  canReadToolCatalogue,
  canSeeSpaceContent,
  documentAccess,
  isAdmin,
  isToolboxFiche,
} from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { canReadExchanges } from '../auth/exchangeAccess.ts'
import {
  isRegionalPilotageViewer,
  isRegionallyReadSteeringDocument,
} from '../auth/regionalPilotage.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { DocumentKind } from '@maillage/schema'

// The index pre-selects, with these keys, the documents a person may find; every result is then
// checked against its record with `canFindInSearch`, so a stale key never shows a document.
// Keys of a document and of a person meet where `documentAccess` would let the person read it.

const Key = {
  admin: 'admin',
  everyone: 'tous',
  region: 'region',
  space: (spaceId: string) => `espace:${spaceId}`,
  account: (accountId: string) => `compte:${accountId}`,
} as const

/**
 * The audience keys of a document: its owner's alone when private; else its space's members
 * (and admins), plus every signed-in member when it is shared with all or a fiche outil of the
 * boîte à outils, plus the region's pilotage viewers for a steering document of a CLPE. An
 * archived document is found by its space's members only.
 */
export function audienceOfDocument(record: DocumentRecord): string[] {
  if (record.privateTo !== undefined) return [Key.account(record.privateTo)]
  const keys = [Key.space(record.spaceId), Key.admin]
  if (record.archivedAt !== undefined) return keys
  if (record.sharedWithAll || isToolboxFiche(record)) keys.push(Key.everyone)
  if (isRegionallyReadSteeringDocument(record)) keys.push(Key.region)
  return keys
}

/** The audience keys of a person: account, spaces, and the wider keys their roles give. */
export function audienceOfActor(actor: Actor): string[] {
  const keys = [Key.account(actor.account.id), ...[...actor.roles.keys()].map(Key.space)]
  if (isAdmin(actor)) keys.push(Key.admin)
  if (canReadToolCatalogue(actor)) keys.push(Key.everyone)
  if (isRegionalPilotageViewer(actor)) keys.push(Key.region)
  return keys
}

/**
 * Whether the search may show `record` to `actor`: they may read it (`documentAccess`; a thread
 * of the échanges also `canReadExchanges`), and, when archived, they see its space's content (the
 * lists of other territories and the boîte à outils leave archived documents out).
 */
export function canFindInSearch(actor: Actor, record: DocumentRecord): boolean {
  if (documentAccess(actor, record) === null) return false
  if (record.kind === DocumentKind.Discussion && !canReadExchanges(actor)) return false
  return record.archivedAt === undefined || canSeeSpaceContent(actor, record.spaceId)
}
