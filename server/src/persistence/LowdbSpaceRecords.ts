import type { SpaceId } from '@maillage/schema'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataStore } from './MetadataStore.ts'
import { insertRecord, replaceRecord, validateRecord } from './recordCollection.ts'
import { SPACE } from './recordKinds.ts'
import { membershipSchema, type Membership } from './records/Membership.ts'
import type { Space } from './records/Space.ts'

/** The space and membership methods of {@link MetadataStore}. */
type SpaceMethods = Pick<
  MetadataStore,
  | 'listSpaces'
  | 'findSpace'
  | 'createSpace'
  | 'updateSpace'
  | 'findMembership'
  | 'listMembershipsOfSpace'
  | 'listMembershipsOfAccount'
  | 'putMembership'
  | 'deleteMembership'
>

/**
 * The spaces of `LowdbMetadataStore` and the memberships of accounts in them, a membership keyed by
 * the pair (space, account).
 */
export class LowdbSpaceRecords implements SpaceMethods {
  readonly #db: LowdbDatabase<MetadataFile>

  /** Spaces and memberships of `db`. */
  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  listSpaces(): Promise<Space[]> {
    return this.#db.read((data) => data.spaces)
  }

  findSpace(id: SpaceId): Promise<Space | null> {
    return this.#db.read((data) => data.spaces.find((space) => space.id === id) ?? null)
  }

  async createSpace(space: Space): Promise<void> {
    await this.#db.write((data) => insertRecord(data.spaces, space, SPACE))
  }

  updateSpace(
    id: SpaceId,
    patch: Partial<Omit<Space, 'id' | 'kind' | 'createdAt'>>,
  ): Promise<Space | null> {
    return this.#db.write((data) => replaceRecord(data.spaces, { id, patch }, SPACE))
  }

  findMembership(spaceId: SpaceId, accountId: string): Promise<Membership | null> {
    return this.#db.read(
      (data) => data.memberships[indexOfMembership(data, spaceId, accountId)] ?? null,
    )
  }

  listMembershipsOfSpace(spaceId: SpaceId): Promise<Membership[]> {
    return this.#db.read((data) => data.memberships.filter((member) => member.spaceId === spaceId))
  }

  listMembershipsOfAccount(accountId: string): Promise<Membership[]> {
    return this.#db.read((data) =>
      data.memberships.filter((member) => member.accountId === accountId),
    )
  }

  putMembership(membership: Membership): Promise<void> {
    return this.#db.write((data) => {
      const stored = validateRecord(membershipSchema, membership, 'membership')
      const index = indexOfMembership(data, stored.spaceId, stored.accountId)
      if (index === -1) data.memberships.push(stored)
      else data.memberships[index] = stored
    })
  }

  deleteMembership(spaceId: SpaceId, accountId: string): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = indexOfMembership(data, spaceId, accountId)
        return index !== -1 && data.memberships.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }
}

function indexOfMembership(data: MetadataFile, spaceId: string, accountId: string): number {
  return data.memberships.findIndex(
    (membership) => membership.spaceId === spaceId && membership.accountId === accountId,
  )
}
