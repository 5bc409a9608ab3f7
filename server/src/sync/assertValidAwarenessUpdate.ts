import * as decoding from 'lib0/decoding'
import { InvalidUpdateError } from './InvalidUpdateError.ts'

/** One entry of an awareness update: a client id, its clock and its state as JSON text. */
export interface AwarenessEntry {
  readonly clientId: number
  readonly clock: number
  /** The state as sent (JSON); `null` when the client is gone. */
  readonly json: string
  /** True when the state is JSON `null`. */
  readonly isRemoval: boolean
}

/**
 * Checks that an awareness update decodes to its end — count, then per client its id, clock and a
 * JSON state — before any of it is applied: `applyAwarenessUpdate` applies entries one by one, so a
 * bad entry after good ones would leave states set that were never announced. `update` must be a
 * standalone copy (not a view into a larger buffer), so that a bogus length cannot read past it.
 * Returns its entries in order. Throws {@link InvalidUpdateError}.
 */
export function assertValidAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const entries: AwarenessEntry[] = []
  try {
    const count = decoding.readVarUint(decoder)
    for (let index = 0; index < count; index += 1) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarString(decoder)
      entries.push({ clientId, clock, json, isRemoval: JSON.parse(json) === null })
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InvalidUpdateError(`awareness update does not decode: ${reason}`, { cause: error })
  }
  return entries
}
