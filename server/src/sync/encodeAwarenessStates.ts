import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import { encodeAwareness } from '@maillage/protocol'

/** An awareness message holding every state of the room (a greeting, or a query's answer). */
export function encodeAwarenessStates(awareness: Awareness): Uint8Array | null {
  const clientIds = [...awareness.getStates().keys()]
  return clientIds.length === 0
    ? null
    : encodeAwareness(encodeAwarenessUpdate(awareness, clientIds))
}
