/** A fan-out shape of S1: documents × clients per document. */
export interface FanOutShape {
  readonly scenario: 'S1a' | 'S1b'
  readonly documents: number
  readonly clientsPerDocument: number
}

/** How big and how long each scenario is, in full and in quick mode. Durations in ms. */
export interface BenchSizes {
  readonly workers: number
  /** Pauses around every load: before the first edit, after the window, quiet time ending a drain. */
  readonly pauses: {
    readonly startDelayMs: number
    readonly tailMs: number
    readonly quietMs: number
    /** Span over which a server must be idle before a memory reading. */
    readonly idleSpanMs: number
  }
  readonly s1: {
    readonly shapes: readonly FanOutShape[]
    readonly rateHz: number
    readonly warmupMs: number
    readonly measureMs: number
  }
  readonly s2: {
    readonly writers: number
    readonly readers: number
    readonly inFlight: number
    readonly warmupMs: number
    readonly measureMs: number
  }
  readonly s3: { readonly connections: number; readonly concurrencyPerWorker: number }
  readonly s4: {
    readonly editLimit: number
    readonly editsPerTransaction: number
    readonly freshClients: number
  }
  readonly s5: {
    readonly clients: number
    readonly rateHz: number
    readonly measureMs: number
    readonly editLimit: number
  }
  readonly s6: {
    /** Frames of small items the pushing client queues (more than the window lets it send). */
    readonly frames: number
    readonly measureMs: number
    /** Pause between two /healthz requests (each waits for the previous answer). */
    readonly probeIntervalMs: number
  }
  readonly s8: {
    /** Requests of the regional view before the measured ones (not counted). */
    readonly warmupRequests: number
    /** Requests of the regional view timed, one at a time. */
    readonly requests: number
  }
  readonly s10: {
    /** Documents written and indexed. */
    readonly documents: number
    /** Rounds of the five queries, each asked by both people, one at a time. */
    readonly rounds: number
  }
  readonly s9: {
    /** Updates of the big document (one Yjs update each). */
    readonly updates: number
    /** Named versions made along the way (at most ten a minute per account). */
    readonly namedVersions: number
    /** Requests of each kind before the measured ones (not counted). */
    readonly warmupRequests: number
    /** Listings timed, one at a time. */
    readonly requests: number
    /** Version views and comparisons timed, one at a time. */
    readonly heavyRequests: number
  }
  readonly s11: {
    /** Seat holders connected to the live session, each a y-websocket client. */
    readonly participants: number
    /** Polls answered by every participant one after the other (answers timed). */
    readonly polls: number
  }
}

const WHOLE_TRACE = Number.MAX_SAFE_INTEGER

/** The full run: about ten minutes on two cores. */
export const FULL_SIZES: BenchSizes = {
  workers: 2,
  pauses: { startDelayMs: 500, tailMs: 300, quietMs: 1000, idleSpanMs: 500 },
  s1: {
    shapes: [
      { scenario: 'S1a', documents: 20, clientsPerDocument: 10 },
      { scenario: 'S1b', documents: 1, clientsPerDocument: 100 },
    ],
    rateHz: 2,
    warmupMs: 3000,
    measureMs: 15_000,
  },
  s2: { writers: 2, readers: 20, inFlight: 16, warmupMs: 3000, measureMs: 15_000 },
  s3: { connections: 5000, concurrencyPerWorker: 50 },
  s4: { editLimit: WHOLE_TRACE, editsPerTransaction: 100, freshClients: 5 },
  s5: { clients: 10, rateHz: 5, measureMs: 20_000, editLimit: WHOLE_TRACE },
  s6: { frames: 8, measureMs: 15_000, probeIntervalMs: 100 },
  s8: { warmupRequests: 10, requests: 200 },
  s10: { documents: 5000, rounds: 40 },
  s9: { updates: 10_000, namedVersions: 10, warmupRequests: 5, requests: 200, heavyRequests: 50 },
  s11: { participants: 150, polls: 2 },
}

/** `--quick`: every scenario at small size, about a minute in all, so the harness cannot rot. */
export const QUICK_SIZES: BenchSizes = {
  workers: 2,
  pauses: { startDelayMs: 250, tailMs: 150, quietMs: 500, idleSpanMs: 250 },
  s1: {
    shapes: [
      { scenario: 'S1a', documents: 4, clientsPerDocument: 4 },
      { scenario: 'S1b', documents: 1, clientsPerDocument: 12 },
    ],
    rateHz: 4,
    warmupMs: 200,
    measureMs: 800,
  },
  s2: { writers: 2, readers: 4, inFlight: 16, warmupMs: 200, measureMs: 600 },
  s3: { connections: 100, concurrencyPerWorker: 25 },
  s4: { editLimit: 20_000, editsPerTransaction: 100, freshClients: 2 },
  s5: { clients: 4, rateHz: 5, measureMs: 1000, editLimit: 20_000 },
  s6: { frames: 2, measureMs: 1500, probeIntervalMs: 100 },
  s8: { warmupRequests: 2, requests: 10 },
  s10: { documents: 300, rounds: 2 },
  s9: { updates: 500, namedVersions: 2, warmupRequests: 1, requests: 10, heavyRequests: 3 },
  s11: { participants: 10, polls: 1 },
}
