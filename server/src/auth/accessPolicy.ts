import { SpaceRole, canEdit, canManage, type SpaceId } from '@maillage/schema'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Access } from './Authenticator.ts'
import type { Actor } from './Actor.ts'

// Every access decision of the server is one of these functions: REST routes and the websocket
// authenticator call the same ones, so they cannot disagree.

/** True for the regional team. */
export function isAdmin(actor: Actor): boolean {
  return actor.account.platformRole === PlatformRole.Admin
}

/** The actor's role in a space, if a member. */
export function roleIn(actor: Actor, spaceId: SpaceId): SpaceRole | undefined {
  return actor.roles.get(spaceId)
}

/** Members of a space (and admins) see all its documents and members. */
export function canSeeSpaceContent(actor: Actor, spaceId: SpaceId): boolean {
  return isAdmin(actor) || roleIn(actor, spaceId) !== undefined
}

/** Contributeurs and animateurs (and admins) create documents in a space. */
export function canCreateDocumentIn(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return isAdmin(actor) || (role !== undefined && canEdit(role))
}

/** Animateurs (and admins) manage a space's members and invitations. */
export function canManageSpace(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return isAdmin(actor) || (role !== undefined && canManage(role))
}

/** Admins and the animateurs of any space create working groups. */
export function canCreateSpace(actor: Actor): boolean {
  return isAdmin(actor) || [...actor.roles.values()].some((role) => role === SpaceRole.Animateur)
}

/**
 * What the actor may do with a document: `write`, `read` or nothing (`null`). Archived documents
 * are read-only for everyone; documents shared with all territories are readable by every member.
 */
export function documentAccess(actor: Actor, document: DocumentRecord): Access | null {
  const role = roleIn(actor, document.spaceId)
  const member = isAdmin(actor) || role !== undefined
  if (!member) return document.sharedWithAll ? 'read' : null
  const editor = isAdmin(actor) || (role !== undefined && canEdit(role))
  return editor && document.archivedAt === undefined ? 'write' : 'read'
}

/** Editors archive, restore, rename and share a document; archiving keeps it readable. */
export function canEditDocumentRecord(actor: Actor, document: DocumentRecord): boolean {
  return canCreateDocumentIn(actor, document.spaceId)
}

/** Only animateurs of its space (and admins) delete a document for good. */
export function canDeleteDocument(actor: Actor, document: DocumentRecord): boolean {
  return canManageSpace(actor, document.spaceId)
}
