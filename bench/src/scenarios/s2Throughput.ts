import { now } from '../clock.ts'
import { markedEditFrameBytes } from '../floorPayload.ts'
import { concatSamples, summarizeLatencies } from '../percentiles.ts'
import { measureServerWindow } from '../serverWindow.ts'
import { clientKindOf, type ServerKind } from '../servers/ServerKind.ts'
import type { ClientSpec } from '../workers/workerProtocol.ts'
import { runAgainst, workerOf, type BenchContext, type BenchRecord } from './BenchContext.ts'
import { countMissingDeliveries, totalOf } from './deliveryCheck.ts'
import { roomName } from '../roomName.ts'

const ROOM = roomName('S2', 'doc')

/**
 * S2 throughput: one document, W writers and R readers. Each writer sends marked edits as fast as
 * end-to-end flow control allows: at most `inFlight` of its edits not yet seen by its pacer, a
 * reader in the same worker thread, so the rate is what actually goes through the server to a
 * reader. Every reader counts the writers' edits it receives within the window.
 */
export function runThroughputScenario(ctx: BenchContext, kind: ServerKind): Promise<BenchRecord> {
  const { s2, pauses } = ctx.sizes
  return runAgainst(ctx, 'S2', kind, async (server) => {
    const payloadBytes = markedEditFrameBytes()
    const specs: ClientSpec[] = Array.from({ length: s2.writers + s2.readers }, (_, id) => ({
      id,
      kind: clientKindOf(server.kind),
      serverUrl: server.clientUrl,
      room: ROOM,
      payloadBytes,
    }))
    const writerIds = specs.slice(0, s2.writers).map((spec) => spec.id)
    const readerIds = specs.slice(s2.writers).map((spec) => spec.id)
    const pacerOf = choosePacers(ctx, writerIds, readerIds)
    await ctx.pool.callAll((worker) => ({
      type: 'open',
      clients: specs.filter((spec) => workerOf(spec.id, ctx) === worker),
      concurrency: 50,
      timeoutMs: 30_000,
      writeInitialText: false,
    }))
    const startAt = now() + pauses.startDelayMs
    const windowStart = startAt + s2.warmupMs
    const windowEnd = windowStart + s2.measureMs
    const inWorker = (worker: number) => (id: number) => workerOf(id, ctx) === worker
    const [results, usage] = await Promise.all([
      ctx.pool.callAll((worker) => ({
        type: 'throughput',
        writers: writerIds
          .filter(inWorker(worker))
          .map((id) => ({ id, pacerId: pacerOf.get(id) ?? -1 })),
        allWriterIds: writerIds,
        readerIds: readerIds.filter(inWorker(worker)),
        inFlight: s2.inFlight,
        startAt,
        windowStart,
        windowEnd,
        stopAt: windowEnd + pauses.tailMs,
        quietMs: pauses.quietMs,
        maxDrainMs: 10_000,
      })),
      measureServerWindow(server, windowStart, windowEnd),
    ])
    const perReader = results
      .flatMap((result) => result.readerDeliveries)
      .map(([, count]) => count / usage.seconds)
    const deliveries = results.reduce((sum, result) => sum + result.deliveriesInWindow, 0)
    const sent = results.flatMap((result) => result.sent)
    const received = results.flatMap((result) => result.received)
    const missing = countMissingDeliveries(
      new Map(specs.map((spec) => [spec.id, ROOM])),
      sent,
      received,
    )
    const closes = results.reduce((sum, result) => sum + result.unexpectedCloses, 0)
    const latency = summarizeLatencies(concatSamples(results.map((result) => result.latencies)))
    const errors: string[] = []
    if (deliveries === 0) errors.push('no delivery within the window')
    if (missing > 0) errors.push(`${missing} deliveries never arrived`)
    if (closes > 0) errors.push(`${closes} connections closed by the server during the load`)
    return {
      scenario: 'S2',
      server: server.kind,
      metrics: {
        writers: s2.writers,
        readers: s2.readers,
        inFlight: s2.inFlight,
        editsSent: totalOf(sent),
        perReaderUpdatesPerSecond: mean(perReader),
        slowestReaderUpdatesPerSecond: Math.min(...perReader),
        deliveriesPerSecond: deliveries / usage.seconds,
        latencyP50Ms: latency.p50,
        latencyP99Ms: latency.p99,
        longestStallMs: Math.max(...results.map((result) => result.longestStallMs)),
        lastArrivalAfterStopMs: Math.max(...results.map((result) => result.lastArrivalAfterStopMs)),
        serverCpuPercent: usage.cpuPercent,
        clientCpuPercent: usage.clientCpuPercent,
        otherCpuPercent: usage.otherCpuPercent,
        clientLoopDelayP99Ms: Math.max(...results.map((result) => result.loopDelay.p99Ms)),
        clientLoopDelayMaxMs: Math.max(...results.map((result) => result.loopDelay.maxMs)),
        serverCpuUsPerDelivery: (usage.cpuSeconds * 1e6) / deliveries,
        serverRssMiB: usage.rssEndKiB / 1024,
        missingDeliveries: missing,
      },
      errors,
    }
  })
}

/** Gives each writer a pacer: a reader running in the same worker thread. */
function choosePacers(
  ctx: BenchContext,
  writerIds: readonly number[],
  readerIds: readonly number[],
): Map<number, number> {
  const free = [...readerIds]
  const pacers = new Map<number, number>()
  for (const writer of writerIds) {
    const index = free.findIndex((reader) => workerOf(reader, ctx) === workerOf(writer, ctx))
    const pacer = index < 0 ? undefined : free.splice(index, 1)[0]
    if (pacer === undefined)
      throw new Error(`no reader in the worker of writer ${writer} to pace it`)
    pacers.set(writer, pacer)
  }
  return pacers
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length
}
