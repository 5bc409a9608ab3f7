/** The bounds on everything a client controls; see `packages/protocol/PROTOCOL.md`. */
export interface SyncLimits {
  /** Largest frame accepted (bytes); larger frames close the connection with 4413. */
  readonly maxFrameBytes: number
  /** Largest awareness update accepted (bytes); larger ones close the connection with 4413. */
  readonly maxAwarenessBytes: number
  /**
   * Distinct awareness client ids one connection may announce over its life (a browser tab uses
   * one); one more closes it with 4413.
   */
  readonly maxAwarenessClientsPerConnection: number
  /**
   * How long a room keeps the clocks of the awareness ids of a connection that left (so that the
   * echoes other clients send of them are known to be old), before forgetting them.
   */
  readonly departedAwarenessMs: number
  /**
   * Sustained bytes per second one connection may send, with a burst of `maxFrameBytes`; beyond
   * it the server stops reading that socket until the budget refills (nothing is dropped).
   */
  readonly maxBytesPerSecond: number
  /** Sustained messages per second per connection; a burst of twice that is allowed; then 4429. */
  readonly maxMessagesPerSecond: number
  /** Frames a connection may send while its document loads; one more closes it with 4429. */
  readonly maxQueuedFrames: number
  /** Connections per room; more are refused on the upgrade with HTTP 503. */
  readonly maxConnectionsPerRoom: number
  /** Rooms in memory; a connection that would load one more is refused with HTTP 503. */
  readonly maxRooms: number
  /**
   * Rooms one account may keep in memory through its connections (a room counts while one of its
   * connections is in it); a connection to one more is refused on the upgrade with HTTP 429.
   */
  readonly maxRoomsPerAccount: number
  /** Bytes waiting in a connection's send buffer above which it is closed with 4503. */
  readonly maxSendBufferBytes: number
  /** Interval between pings; a socket that missed the previous ping is terminated. */
  readonly heartbeatIntervalMs: number
}

/** Defaults of {@link SyncLimits}, each overridable by an environment variable (see config.ts). */
export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxFrameBytes: 1024 * 1024,
  maxAwarenessBytes: 64 * 1024,
  maxAwarenessClientsPerConnection: 4,
  departedAwarenessMs: 30_000,
  maxBytesPerSecond: 256 * 1024,
  maxMessagesPerSecond: 300,
  maxQueuedFrames: 256,
  maxConnectionsPerRoom: 500,
  maxRooms: 10_000,
  maxRoomsPerAccount: 100,
  maxSendBufferBytes: 16 * 1024 * 1024,
  heartbeatIntervalMs: 30_000,
}
