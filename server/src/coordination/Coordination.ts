import type { AccessEvents } from './AccessEvents.ts'
import type { EventWindows } from './EventWindows.ts'
import type { IndexEvents } from './IndexEvents.ts'
import type { KeyedLock } from './KeyedLock.ts'

/**
 * Every piece of live state the server processes of one workspace share, built once by
 * `openCoordination` from the configuration: in this process only, or through Redis.
 */
export interface Coordination {
  /** Per-key locks of one feature (`namespace`: its name, e.g. `exchanges`). Call once per feature. */
  locks(namespace: string): KeyedLock
  /** Event windows (rate limits, login throttling) of one feature. Call once per feature. */
  windows(namespace: string): EventWindows
  /** Access changes, heard by every process. */
  readonly accessEvents: AccessEvents
  /** Changes of the index that open dashboards follow, heard by every process (best effort). */
  readonly indexEvents: IndexEvents
  /** `redis` when shared through Redis, else `memory`. */
  readonly kind: 'memory' | 'redis'
  /** Whether the shared state is reachable now (always true in memory). */
  isConnected(): boolean
  /**
   * Calls `listener` each time the shared state is reachable again after an outage: what other
   * processes announced meanwhile may never have arrived. Never called in memory. Returns the
   * unsubscribe.
   */
  onReconnected(listener: () => void): () => void
  /** Closes the access and index events and the connections. Safe to call twice. */
  close(): Promise<void>
}
