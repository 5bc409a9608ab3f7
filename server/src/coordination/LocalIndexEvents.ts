import type { IndexEvent, IndexEvents } from './IndexEvents.ts'
import { LocalBroadcast } from './LocalBroadcast.ts'

/**
 * {@link IndexEvents} within one process: `publish` calls every listener synchronously, in the
 * order they subscribed (see {@link LocalBroadcast}). Enough when one process serves the workspace.
 */
export class LocalIndexEvents extends LocalBroadcast<IndexEvent> implements IndexEvents {
  constructor() {
    super('index')
  }
}
