import * as decoding from 'lib0/decoding'

/**
 * The states carried by an awareness update (`y-protocols/awareness` format), by client id; `null`
 * for a client the update marks as gone.
 */
export function decodeAwarenessStates(update: Uint8Array): Map<number, unknown> {
  const decoder = decoding.createDecoder(update)
  const states = new Map<number, unknown>()
  const count = decoding.readVarUint(decoder)
  for (let index = 0; index < count; index += 1) {
    const clientId = decoding.readVarUint(decoder)
    decoding.readVarUint(decoder) // clock
    states.set(clientId, JSON.parse(decoding.readVarString(decoder)) as unknown)
  }
  return states
}
