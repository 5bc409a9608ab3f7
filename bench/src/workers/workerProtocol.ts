import type { ClientKind } from '../servers/ServerKind.ts'
import type { LoopDelay } from './loopDelay.ts'

/** One client to open in a worker. */
export interface ClientSpec {
  /** Unique over the whole scenario; it is also the client id written in the marks. */
  readonly id: number
  readonly kind: ClientKind
  /** The server URL given to the provider (`clientServerUrl`). */
  readonly serverUrl: string
  /** The document (room) name. */
  readonly room: string
  /** Raw clients only: every frame is padded to this many bytes. */
  readonly payloadBytes?: number
  /** Yjs clients only: the client id of its document, instead of one Yjs draws at random. */
  readonly docClientId?: number
}

/** Where a client inserts its marked edits. */
export type EditPosition = 'end' | 'random'

/** The editing trace, or its first `editLimit` edits. */
export interface TraceRef {
  readonly path: string
  readonly editLimit: number
}

/** Time plan of a load, in clock times (`now()`): edits from startAt to stopAt, measured in the window. */
export interface LoadWindow {
  readonly startAt: number
  readonly windowStart: number
  readonly windowEnd: number
  readonly stopAt: number
  /** After stopAt, the job ends once nothing has arrived for this long... */
  readonly quietMs: number
  /** ...or after this long at most. */
  readonly maxDrainMs: number
}

/** Opens clients, `concurrency` at a time, each resolved once synced (or open, for raw clients). */
export interface OpenRequest {
  readonly type: 'open'
  readonly clients: readonly ClientSpec[]
  readonly concurrency: number
  readonly timeoutMs: number
  /** Once synced, each client inserts a few bytes of text (`doc <id>`) into its document. */
  readonly writeInitialText: boolean
}
export interface OpenResult {
  readonly firstStartedAt: number
  readonly lastSyncedAt: number
}

/** S1 and S5: each client sends a marked edit `rateHz` times a second; all of them receive. */
export interface FanOutRequest extends LoadWindow {
  readonly type: 'fanOut'
  readonly clientIds: readonly number[]
  readonly rateHz: number
  readonly position: EditPosition
}
export interface FanOutResult {
  /** Edit-to-arrival latency of every delivery that arrived within the window, ms. */
  readonly latencies: Float64Array
  readonly deliveriesInWindow: number
  /** [client id, edits sent]. */
  readonly sent: readonly (readonly [number, number])[]
  /** [client id, marks received from other clients]. */
  readonly received: readonly (readonly [number, number])[]
  readonly unexpectedCloses: number
  readonly loopDelay: LoopDelay
}

/** S2: writers send as fast as their in-flight window allows; readers count what arrives. */
export interface ThroughputRequest extends LoadWindow {
  readonly type: 'throughput'
  /** The writers in this worker, each paced by a reader of this worker. */
  readonly writers: readonly { readonly id: number; readonly pacerId: number }[]
  /** Every writer id of the scenario (marks from them are counted). */
  readonly allWriterIds: readonly number[]
  readonly readerIds: readonly number[]
  /** Edits of a writer not yet seen by its pacer, at most. */
  readonly inFlight: number
}
export interface ThroughputResult {
  /** [reader id, writer edits received within the window]. */
  readonly readerDeliveries: readonly (readonly [number, number])[]
  /** Deliveries of writer edits to any client of this worker within the window. */
  readonly deliveriesInWindow: number
  readonly latencies: Float64Array
  readonly sent: readonly (readonly [number, number])[]
  readonly received: readonly (readonly [number, number])[]
  readonly unexpectedCloses: number
  /** Longest time without any delivery to the clients of this worker while writers were sending. */
  readonly longestStallMs: number
  /** When the last delivery arrived, relative to the end of the load. */
  readonly lastArrivalAfterStopMs: number
  readonly loopDelay: LoopDelay
}

/** S4: one open Yjs client replays the trace into its document, in transactions of N edits. */
export interface ReplayTraceRequest {
  readonly type: 'replayTrace'
  readonly clientId: number
  readonly trace: TraceRef
  readonly editsPerTransaction: number
}
export interface ReplayTraceResult {
  readonly startedAt: number
  /** When the last transaction was applied locally (its update handed to the provider). */
  readonly appliedAt: number
  readonly edits: number
  readonly transactions: number
}

/** Waits until an open Yjs client's text equals the trace's text; fails with a diff if it never does. */
export interface AwaitTraceRequest {
  readonly type: 'awaitTrace'
  readonly clientId: number
  readonly trace: TraceRef
  readonly timeoutMs: number
}
export interface AwaitTraceResult {
  readonly matchedAt: number
  readonly length: number
}

/** S4: opens a fresh client and times it until its text equals the trace's. */
export interface SyncFreshRequest {
  readonly type: 'syncFresh'
  readonly client: ClientSpec
  readonly trace: TraceRef
  readonly timeoutMs: number
}
export interface SyncFreshResult {
  readonly syncMs: number
}

/** S5: builds the trace's document locally, then opens a client that uploads it on sync. */
export interface SeedTraceRequest {
  readonly type: 'seedTrace'
  readonly client: ClientSpec
  readonly trace: TraceRef
  readonly timeoutMs: number
}
export interface SeedTraceResult {
  readonly stateBytes: number
}

/** Destroys clients (all of them when `clientIds` is absent). */
export interface CloseRequest {
  readonly type: 'close'
  readonly clientIds?: readonly number[]
}
export interface CloseResult {
  readonly closed: number
}

/**
 * Runs a full garbage collection in the worker, so that what earlier phases left behind is not
 * collected inside the next timed one (S4 asks it of every worker before each fresh sync, for
 * every server alike).
 */
export interface CollectGarbageRequest {
  readonly type: 'collectGarbage'
}
export interface CollectGarbageResult {
  readonly heapUsedBytes: number
}

export type WorkerRequest =
  | OpenRequest
  | FanOutRequest
  | ThroughputRequest
  | ReplayTraceRequest
  | AwaitTraceRequest
  | SyncFreshRequest
  | SeedTraceRequest
  | CloseRequest
  | CollectGarbageRequest

/** The result type of each request type. */
export interface WorkerResults {
  open: OpenResult
  fanOut: FanOutResult
  throughput: ThroughputResult
  replayTrace: ReplayTraceResult
  awaitTrace: AwaitTraceResult
  syncFresh: SyncFreshResult
  seedTrace: SeedTraceResult
  close: CloseResult
  collectGarbage: CollectGarbageResult
}

/** Main thread to worker. */
export interface WorkerCall {
  readonly callId: number
  readonly request: WorkerRequest
}

/** Worker to main thread. */
export type WorkerReply =
  | {
      readonly callId: number
      readonly ok: true
      readonly result: WorkerResults[keyof WorkerResults]
    }
  | { readonly callId: number; readonly ok: false; readonly error: string }
