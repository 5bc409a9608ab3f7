import * as encoding from 'lib0/encoding'
import { encodeAwareness } from '@maillage/protocol'

/** An awareness frame announcing `clientIds`, each with `clock` and `state` (sent as JSON). */
export function awarenessFrame(
  clientIds: readonly number[],
  clock: number,
  state: unknown,
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clientIds.length)
  for (const clientId of clientIds) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return encodeAwareness(encoding.toUint8Array(encoder))
}
