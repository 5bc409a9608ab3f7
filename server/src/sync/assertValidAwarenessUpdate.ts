import * as decoding from 'lib0/decoding'
import { InvalidUpdateError } from './InvalidUpdateError.ts'

/**
 * Checks that an awareness update decodes to its end — count, then per client its id, clock and a
 * JSON state — before any of it is applied: `applyAwarenessUpdate` applies entries one by one, so a
 * bad entry after good ones would leave states set that were never announced. `update` must be a
 * standalone copy (not a view into a larger buffer), so that a bogus length cannot read past it.
 * Throws {@link InvalidUpdateError}.
 */
export function assertValidAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update)
  try {
    const count = decoding.readVarUint(decoder)
    for (let index = 0; index < count; index += 1) {
      decoding.readVarUint(decoder)
      decoding.readVarUint(decoder)
      JSON.parse(decoding.readVarString(decoder))
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InvalidUpdateError(`awareness update does not decode: ${reason}`, { cause: error })
  }
}
