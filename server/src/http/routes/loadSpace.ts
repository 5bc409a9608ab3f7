import { isSpaceId } from '@maillage/schema'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import type { Space } from '../../persistence/records/Space.ts'

/** The space named by a URL parameter; throws `NOT_FOUND` for an unknown or malformed id. */
export async function loadSpace(store: MetadataStore, spaceId: string): Promise<Space> {
  const space = isSpaceId(spaceId) ? await store.findSpace(spaceId) : null
  if (space === null) throw new AppError(ErrorCode.NotFound, 'Cet espace n’existe pas.')
  return space
}

/** Throws `AUTH_FORBIDDEN` with a French message unless `allowed`. */
export function assertAllowed(allowed: boolean, message: string): void {
  if (!allowed) throw new AppError(ErrorCode.Forbidden, message)
}
