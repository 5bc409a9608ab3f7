import { isSpaceId } from '@maillage/schema'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Space } from '../persistence/records/Space.ts'

/** The space named by an untrusted id (a URL parameter); throws `NOT_FOUND` if unknown or malformed. */
export async function loadSpace(store: MetadataStore, spaceId: string): Promise<Space> {
  const space = isSpaceId(spaceId) ? await store.findSpace(spaceId) : null
  if (space === null) throw new AppError(ErrorCode.NotFound, 'Cet espace n’existe pas.')
  return space
}
