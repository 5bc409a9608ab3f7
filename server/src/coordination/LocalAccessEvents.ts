import type { AccessChange, AccessEvents } from './AccessEvents.ts'
import { LocalBroadcast } from './LocalBroadcast.ts'

/**
 * {@link AccessEvents} within one process: `publish` calls every listener synchronously, in the
 * order they subscribed (see {@link LocalBroadcast}). Enough when one process serves the workspace.
 */
export class LocalAccessEvents extends LocalBroadcast<AccessChange> implements AccessEvents {
  constructor() {
    super('access')
  }
}
