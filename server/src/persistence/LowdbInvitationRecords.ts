import type { SpaceId } from '@maillage/schema'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataStore } from './MetadataStore.ts'
import { insertRecord, replaceRecord } from './recordCollection.ts'
import { INVITATION } from './recordKinds.ts'
import type { Invitation } from './records/Invitation.ts'

/** The invitation methods of {@link MetadataStore}. */
type InvitationMethods = Pick<
  MetadataStore,
  | 'createInvitation'
  | 'findInvitation'
  | 'findInvitationByTokenHash'
  | 'listInvitationsOfSpace'
  | 'updateInvitation'
>

/** The invitations to spaces of `LowdbMetadataStore`, unique by id and by token hash. */
export class LowdbInvitationRecords implements InvitationMethods {
  readonly #db: LowdbDatabase<MetadataFile>

  /** Invitations of `db`. */
  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createInvitation(invitation: Invitation): Promise<void> {
    await this.#db.write((data) => insertRecord(data.invitations, invitation, INVITATION))
  }

  findInvitation(id: string): Promise<Invitation | null> {
    return this.#db.read(
      (data) => data.invitations.find((invitation) => invitation.id === id) ?? null,
    )
  }

  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.#db.read(
      (data) => data.invitations.find((invitation) => invitation.tokenHash === tokenHash) ?? null,
    )
  }

  listInvitationsOfSpace(spaceId: SpaceId): Promise<Invitation[]> {
    return this.#db.read((data) => data.invitations.filter((invite) => invite.spaceId === spaceId))
  }

  updateInvitation(id: string, patch: Partial<Omit<Invitation, 'id'>>): Promise<Invitation | null> {
    return this.#db.write((data) => replaceRecord(data.invitations, { id, patch }, INVITATION))
  }
}
