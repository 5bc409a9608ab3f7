import type { FanOutShape } from '../benchSizes.ts'
import { now } from '../clock.ts'
import { markedEditFrameBytes } from '../floorPayload.ts'
import { concatSamples, summarizeLatencies } from '../percentiles.ts'
import { measureServersWindow } from '../serverWindow.ts'
import { clientKindOf, type ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import type { ClientSpec } from '../workers/workerProtocol.ts'
import { runAgainst, workerOf, type BenchContext, type BenchRecord } from './BenchContext.ts'
import { countMissingDeliveries, totalOf } from './deliveryCheck.ts'
import { roomName } from '../roomName.ts'

/**
 * S1 fan-out latency: `documents` × `clientsPerDocument` clients, each sending a short marked edit
 * `rateHz` times a second; every other client of the document records the edit-to-arrival latency.
 * Server CPU and RSS are read from /proc over the same window as the deliveries are counted.
 */
export function runFanOutScenario(
  ctx: BenchContext,
  shape: FanOutShape,
  kind: ServerKind,
): Promise<BenchRecord> {
  return runAgainst(ctx, shape.scenario, kind, async (server) => {
    const specs = fanOutClients(shape, server)
    await ctx.pool.callAll((worker) => ({
      type: 'open',
      clients: specs.filter((spec) => workerOf(spec.id, ctx) === worker),
      concurrency: 50,
      timeoutMs: 30_000,
      writeInitialText: false,
    }))
    return measureFanOut(ctx, { scenario: shape.scenario, server, specs, position: 'end' })
  })
}

/** The clients of a fan-out shape, document by document. */
function fanOutClients(shape: FanOutShape, server: RunningServer): ClientSpec[] {
  const payloadBytes = markedEditFrameBytes()
  const specs: ClientSpec[] = []
  for (let document = 0; document < shape.documents; document += 1) {
    for (let client = 0; client < shape.clientsPerDocument; client += 1) {
      specs.push({
        id: document * shape.clientsPerDocument + client,
        kind: clientKindOf(server.kind),
        serverUrl: server.clientUrl,
        room: roomName(shape.scenario, 'doc', document),
        payloadBytes,
      })
    }
  }
  return specs
}

/**
 * Runs the fan-out load on clients already open and turns what the workers and /proc saw into a
 * record. Also used by S5, with edits at random positions of the big document, and by S7, with the
 * clients spread over several processes.
 */
export async function measureFanOut(
  ctx: BenchContext,
  options: {
    scenario: BenchRecord['scenario']
    server: RunningServer
    /** The processes whose CPU and memory are read, summed (S7: both); `[server]` by default. */
    measured?: readonly RunningServer[]
    /** Command names of the engines whose CPU is reported apart (S7: Redis and PostgreSQL). */
    engines?: readonly string[]
    specs: readonly ClientSpec[]
    position: 'end' | 'random'
    rateHz?: number
    warmupMs?: number
    measureMs?: number
  },
): Promise<BenchRecord> {
  const { sizes } = ctx
  // The delay lets every worker get its plan before the first edit; edits go on a little after
  // the window so that it ends in steady state.
  const startAt = now() + sizes.pauses.startDelayMs
  const windowStart = startAt + (options.warmupMs ?? sizes.s1.warmupMs)
  const windowEnd = windowStart + (options.measureMs ?? sizes.s1.measureMs)
  const [results, usage] = await Promise.all([
    ctx.pool.callAll((worker) => ({
      type: 'fanOut',
      clientIds: options.specs
        .filter((spec) => workerOf(spec.id, ctx) === worker)
        .map((spec) => spec.id),
      rateHz: options.rateHz ?? sizes.s1.rateHz,
      position: options.position,
      startAt,
      windowStart,
      windowEnd,
      stopAt: windowEnd + sizes.pauses.tailMs,
      quietMs: sizes.pauses.quietMs,
      maxDrainMs: 10_000,
    })),
    measureServersWindow(
      options.measured ?? [options.server],
      windowStart,
      windowEnd,
      options.engines,
    ),
  ])
  const latency = summarizeLatencies(concatSamples(results.map((result) => result.latencies)))
  const deliveries = results.reduce((sum, result) => sum + result.deliveriesInWindow, 0)
  const sent = results.flatMap((result) => result.sent)
  const received = results.flatMap((result) => result.received)
  const roomOf = new Map(options.specs.map((spec) => [spec.id, spec.room]))
  const missing = countMissingDeliveries(roomOf, sent, received)
  const closes = results.reduce((sum, result) => sum + result.unexpectedCloses, 0)
  const errors: string[] = []
  if (deliveries === 0) errors.push('no delivery within the window')
  if (missing > 0) errors.push(`${missing} deliveries never arrived`)
  if (closes > 0) errors.push(`${closes} connections closed by the server during the load`)
  return {
    scenario: options.scenario,
    server: options.server.kind,
    metrics: {
      clients: options.specs.length,
      editsSent: totalOf(sent),
      latencyP50Ms: latency.p50,
      latencyP95Ms: latency.p95,
      latencyP99Ms: latency.p99,
      latencyMaxMs: latency.max,
      deliveriesPerSecond: deliveries / usage.seconds,
      serverCpuPercent: usage.cpuPercent,
      clientCpuPercent: usage.clientCpuPercent,
      otherCpuPercent: usage.otherCpuPercent,
      clientLoopDelayP99Ms: Math.max(...results.map((result) => result.loopDelay.p99Ms)),
      clientLoopDelayMaxMs: Math.max(...results.map((result) => result.loopDelay.maxMs)),
      serverCpuUsPerDelivery: (usage.cpuSeconds * 1e6) / deliveries,
      serverRssMiB: usage.rssEndKiB / 1024,
      missingDeliveries: missing,
      ...(usage.engineCpuSeconds === undefined
        ? {}
        : {
            engineCpuPercent: usage.engineCpuPercent ?? Number.NaN,
            engineCpuUsPerDelivery: (usage.engineCpuSeconds * 1e6) / deliveries,
          }),
    },
    errors,
  }
}
