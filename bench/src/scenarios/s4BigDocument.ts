import { TRACE_PATH } from '../paths.ts'
import { percentile } from '../percentiles.ts'
import { usageBetween, waitUntilIdle } from '../serverWindow.ts'
import { waitForMaillageRoomsUnloaded } from '../servers/ServerLauncher.ts'
import { clientKindOf, ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import type { ClientSpec, TraceRef } from '../workers/workerProtocol.ts'
import { runAgainst, workerOf, type BenchContext, type BenchRecord } from './BenchContext.ts'
import { roomName } from '../roomName.ts'

const ROOM = roomName('S4', 'trace')
const WRITER_ID = 0
const OBSERVER_ID = 1
const FRESH_ID_BASE = 100
const TRACE_TIMEOUT_MS = 300_000

/**
 * The Yjs client id the writer replays the trace under, the same for every server. The replayed
 * document's bytes depend on it (a varUint in every struct's id and origins: the trace's document
 * is 245,320 bytes under id 1,000, 311,038 under any id from 2^28 up), and so does the time a fresh
 * client takes to apply it (15 to 20 % more CPU under id 4,000,000,000 than under id 1,000): with
 * an id drawn at random for each server, the servers were compared on different documents. This
 * one is above 2^31, as half the random ids are (15 in 16 are above 2^28).
 */
const WRITER_DOC_CLIENT_ID = 0x9e3779b9

/**
 * S4 big document: one client replays the editing trace into a document (N edits per transaction)
 * until a second client sees the final text; then 5 fresh clients sync it one after the other and
 * their text is checked equal to the trace's. Maillage is restarted in between (SIGTERM, then a new
 * process on the same data directory) and each fresh client finds the document unloaded, so it is
 * read back from disk every time; the in-memory peers are not restarted and serve the document
 * from memory, an observer client keeping it loaded (Hocuspocus unloads a document without
 * connections, and without persistence that would lose it).
 */
export function runBigDocumentScenario(ctx: BenchContext, kind: ServerKind): Promise<BenchRecord> {
  const { s4 } = ctx.sizes
  const trace: TraceRef = { path: TRACE_PATH, editLimit: s4.editLimit }
  return runAgainst(ctx, 'S4', kind, async (initialServer, setServer) => {
    let server = initialServer
    const spec = (id: number): ClientSpec => ({
      id,
      kind: clientKindOf(server.kind),
      serverUrl: server.clientUrl,
      room: ROOM,
      ...(id === WRITER_ID ? { docClientId: WRITER_DOC_CLIENT_ID } : {}),
    })
    await waitUntilIdle(server, { spanMs: ctx.sizes.pauses.idleSpanMs })
    const beforeReplay = server.process.sample()
    for (const id of [WRITER_ID, OBSERVER_ID]) {
      await ctx.pool.call(workerOf(id, ctx), {
        type: 'open',
        clients: [spec(id)],
        concurrency: 1,
        timeoutMs: 30_000,
        writeInitialText: false,
      })
    }
    const [replay, observed] = await Promise.all([
      ctx.pool.call(workerOf(WRITER_ID, ctx), {
        type: 'replayTrace',
        clientId: WRITER_ID,
        trace,
        editsPerTransaction: s4.editsPerTransaction,
      }),
      ctx.pool.call(workerOf(OBSERVER_ID, ctx), {
        type: 'awaitTrace',
        clientId: OBSERVER_ID,
        trace,
        timeoutMs: TRACE_TIMEOUT_MS,
      }),
    ])
    const replayed = server.process.sample()
    await ctx.pool.call(workerOf(WRITER_ID, ctx), { type: 'close', clientIds: [WRITER_ID] })
    await waitUntilIdle(server, { spanMs: ctx.sizes.pauses.idleSpanMs })
    const afterReplay = server.process.sample()

    let beforeLoad = afterReplay
    if (server.kind === ServerKind.Maillage) {
      await ctx.pool.closeAllClients()
      await waitForMaillageRoomsUnloaded(server)
      server = await ctx.launcher.restart(server)
      setServer(server)
      await waitUntilIdle(server, { spanMs: ctx.sizes.pauses.idleSpanMs })
      beforeLoad = server.process.sample()
    }

    const fresh = await syncFreshClients(ctx, server, spec, trace)
    return {
      scenario: 'S4',
      server: server.kind,
      metrics: {
        edits: replay.edits,
        textLength: observed.length,
        transactions: replay.transactions,
        replaySeconds: (observed.matchedAt - replay.startedAt) / 1000,
        replayServerCpuSeconds: usageBetween(beforeReplay, replayed).cpuSeconds,
        rssAddedByReplayMiB: (afterReplay.rssKiB - beforeReplay.rssKiB) / 1024,
        freshSyncP50Ms: percentile(
          fresh.syncMs.toSorted((a, b) => a - b),
          0.5,
        ),
        freshSyncFirstMs: fresh.syncMs[0] ?? Number.NaN,
        freshSyncMaxMs: Math.max(...fresh.syncMs),
        serverCpuMsPerLoad: fresh.cpuMsPerLoad,
        rssAddedByLoadMiB:
          server.kind === ServerKind.Maillage
            ? (fresh.rssWithFirstClientKiB - beforeLoad.rssKiB) / 1024
            : Number.NaN,
        textMatches: 1,
      },
      errors: [],
    }
  })
}

/**
 * Syncs fresh clients one after the other and times each until its text equals the trace's.
 * For Maillage each one waits until the room is unloaded, so every sync is a load from disk.
 * Before each, every client worker runs a full garbage collection, for every server alike.
 */
async function syncFreshClients(
  ctx: BenchContext,
  server: RunningServer,
  spec: (id: number) => ClientSpec,
  trace: TraceRef,
): Promise<{ syncMs: number[]; cpuMsPerLoad: number; rssWithFirstClientKiB: number }> {
  const syncMs: number[] = []
  let cpuSeconds = 0
  let rssWithFirstClientKiB = Number.NaN
  for (let index = 0; index < ctx.sizes.s4.freshClients; index += 1) {
    const id = FRESH_ID_BASE + index
    const worker = workerOf(id, ctx)
    if (server.kind === ServerKind.Maillage) await waitForMaillageRoomsUnloaded(server)
    // Maillage's run has closed the observer too before its restart, the peers' keep it: without
    // this, the client workers would collect different garbage during the timed syncs.
    await ctx.pool.collectGarbage()
    const before = server.process.sample()
    const result = await ctx.pool.call(worker, {
      type: 'syncFresh',
      client: spec(id),
      trace,
      timeoutMs: TRACE_TIMEOUT_MS,
    })
    const after = server.process.sample()
    cpuSeconds += usageBetween(before, after).cpuSeconds
    syncMs.push(result.syncMs)
    if (index === 0) {
      await waitUntilIdle(server, { spanMs: ctx.sizes.pauses.idleSpanMs })
      rssWithFirstClientKiB = server.process.sample().rssKiB
    }
    await ctx.pool.call(worker, { type: 'close', clientIds: [id] })
  }
  return { syncMs, cpuMsPerLoad: (cpuSeconds * 1000) / syncMs.length, rssWithFirstClientKiB }
}
