import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { sleep } from '../clock.ts'
import { TRACE_PATH } from '../paths.ts'
import {
  fetchMetrics,
  histogramQuantile,
  readHistogram,
  subtractHistogram,
} from '../prometheusText.ts'
import { waitForMaillageRoomsUnloaded } from '../servers/ServerLauncher.ts'
import { clientKindOf, ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import type { ClientSpec, TraceRef } from '../workers/workerProtocol.ts'
import { runAgainst, workerOf, type BenchContext, type BenchRecord } from './BenchContext.ts'
import { measureFanOut } from './s1FanOut.ts'
import { roomName } from '../roomName.ts'

const ROOM = roomName('S5', 'trace')
const SEED_ID = 0
const SAVE_HISTOGRAM = 'maillage_save_duration_seconds'
/** Maillage's default MAILLAGE_COMPACT_AFTER_APPENDS (server/src/config.ts). */
const COMPACT_AFTER_APPENDS = 200
/** Saves land within 1 s of an edit: wait this long after the last edit before the last reading. */
const LAST_SAVE_MS = 1200

/**
 * S5 persistence cost (Maillage only): the big document (the trace) is stored, then N clients
 * load it and edit it at random positions. Over the whole editing period plus the last save:
 * bytes written to storage per edit (`write_bytes` of /proc/<pid>/io, which counts whole pages,
 * and the logical bytes: growth of the document's update log plus every snapshot rewritten), and
 * the save latency from the `maillage_save_duration_seconds` histogram of GET /metrics.
 */
export function runPersistenceScenario(ctx: BenchContext): Promise<BenchRecord> {
  const { s5 } = ctx.sizes
  const trace: TraceRef = { path: TRACE_PATH, editLimit: s5.editLimit }
  return runAgainst(ctx, 'S5', ServerKind.Maillage, async (server) => {
    const spec = (id: number): ClientSpec => ({
      id,
      kind: clientKindOf(server.kind),
      serverUrl: server.clientUrl,
      room: ROOM,
    })
    const seeded = await ctx.pool.call(workerOf(SEED_ID, ctx), {
      type: 'seedTrace',
      client: spec(SEED_ID),
      trace,
      timeoutMs: 60_000,
    })
    await ctx.pool.closeAllClients()
    await waitForMaillageRoomsUnloaded(server)

    const specs = Array.from({ length: s5.clients }, (_, index) => spec(index + 1))
    await ctx.pool.callAll((worker) => ({
      type: 'open',
      clients: specs.filter((client) => workerOf(client.id, ctx) === worker),
      concurrency: 50,
      timeoutMs: 60_000,
      writeInitialText: false,
    }))
    // Every client must hold the stored document before editing it.
    await Promise.all(
      specs.map((client) =>
        ctx.pool.call(workerOf(client.id, ctx), {
          type: 'awaitTrace',
          clientId: client.id,
          trace,
          timeoutMs: 60_000,
        }),
      ),
    )

    const files = trackDocumentFiles(server)
    const metricsBefore = await fetchMetrics(server.httpUrl)
    const before = server.process.sample()
    const load = await measureFanOut(ctx, {
      scenario: 'S5',
      server,
      specs,
      position: 'random',
      rateHz: s5.rateHz,
      warmupMs: 0,
      measureMs: s5.measureMs,
    })
    await sleep(LAST_SAVE_MS)
    const after = server.process.sample()
    const metricsAfter = await fetchMetrics(server.httpUrl)
    const written = await files.stop()
    const saves = subtractHistogram(
      readHistogram(metricsAfter, SAVE_HISTOGRAM),
      readHistogram(metricsBefore, SAVE_HISTOGRAM),
    )
    const edits = load.metrics.editsSent ?? Number.NaN
    const editsPerSave = edits / saves.count
    return {
      scenario: 'S5',
      server: server.kind,
      metrics: {
        clients: s5.clients,
        edits,
        editsPerSecond: edits / ((after.at - before.at - LAST_SAVE_MS) / 1000),
        saves: saves.count,
        storageWriteBytesPerEdit: (after.writeBytes - before.writeBytes) / edits,
        logicalBytesPerEdit: written.bytes / edits,
        snapshotBytes: written.snapshotBytes,
        seededStateBytes: seeded.stateBytes,
        compactionsDuringLoad: written.compactions,
        amortizedCompactionBytesPerEdit:
          written.snapshotBytes / (COMPACT_AFTER_APPENDS * editsPerSave),
        saveMeanMs: (1000 * saves.sum) / saves.count,
        saveP50Ms: 1000 * histogramQuantile(saves, 0.5),
        saveP95Ms: 1000 * histogramQuantile(saves, 0.95),
        latencyP50Ms: load.metrics.latencyP50Ms ?? Number.NaN,
        latencyP99Ms: load.metrics.latencyP99Ms ?? Number.NaN,
        serverCpuPercent: load.metrics.serverCpuPercent ?? Number.NaN,
      },
      errors: [...load.errors, ...(saves.count === 0 ? ['no save during the load'] : [])],
    }
  })
}

/**
 * Follows the two files of the document in Maillage's data directory (`documents/<id>.log`, the
 * append-only update log, and `documents/<id>.snapshot`, the snapshot) every 50 ms: log growth is
 * appended bytes; a snapshot with a new mtime is a compaction that rewrote the whole snapshot.
 */
function trackDocumentFiles(server: RunningServer): {
  stop(): Promise<{ bytes: number; compactions: number; snapshotBytes: number }>
} {
  if (server.dataDir === null) throw new Error('S5 needs Maillage and its data directory')
  const log = join(server.dataDir, 'documents', `${ROOM}.log`)
  const snapshot = join(server.dataDir, 'documents', `${ROOM}.snapshot`)
  let bytes = 0
  let compactions = 0
  let snapshotBytes = 0
  let logSize: number | undefined
  let snapshotMtime: number | undefined
  const state = { running: true }
  const poll = async (): Promise<void> => {
    const [logStat, snapshotStat] = await Promise.all([statOrNull(log), statOrNull(snapshot)])
    const size = logStat?.size ?? 0
    if (logSize !== undefined && size > logSize) bytes += size - logSize
    if (logSize !== undefined && size < logSize) bytes += size
    logSize = size
    if (snapshotStat !== null) {
      snapshotBytes = snapshotStat.size
      if (snapshotMtime !== undefined && snapshotStat.mtimeMs !== snapshotMtime) {
        compactions += 1
        bytes += snapshotStat.size
      }
      snapshotMtime = snapshotStat.mtimeMs
    }
  }
  const loop = (async () => {
    while (state.running) {
      await poll()
      await sleep(50)
    }
    await poll()
  })()
  return {
    async stop() {
      state.running = false
      await loop
      return { bytes, compactions, snapshotBytes }
    },
  }
}

async function statOrNull(path: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    return await stat(path)
  } catch {
    // Not written yet (the log appears with the first append).
    return null
  }
}
