import { SpaceKind } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { canRaiseFor } from '../auth/exchangeAccess.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { Space } from '../persistence/records/Space.ts'
import type { ExchangeCreateInput } from './exchangeInput.ts'
import { EXCHANGE_MESSAGES } from './exchangeMessages.ts'

/**
 * The territories of a new thread: its origin, if given, is a CLPE the author edits; the
 * territories concerned are CLPE only. Throws a validation or access error otherwise.
 */
export function checkExchangeTerritories(
  actor: Actor,
  input: ExchangeCreateInput,
  spaces: ReadonlyMap<string, Space>,
): void {
  if (input.originSpaceId !== undefined) {
    const origin = spaces.get(input.originSpaceId)
    if (origin?.kind !== SpaceKind.Clpe) {
      throw new AppError(ErrorCode.ValidationFailed, EXCHANGE_MESSAGES.originNotClpe, {
        details: { originSpaceId: EXCHANGE_MESSAGES.originNotClpe },
      })
    }
    assertAllowed(canRaiseFor(actor, origin), EXCHANGE_MESSAGES.originNotEditor)
  }
  if (input.territorySpaceIds.some((id) => spaces.get(id)?.kind !== SpaceKind.Clpe)) {
    throw new AppError(ErrorCode.ValidationFailed, EXCHANGE_MESSAGES.territoryNotClpe, {
      details: { territorySpaceIds: EXCHANGE_MESSAGES.territoryNotClpe },
    })
  }
}
