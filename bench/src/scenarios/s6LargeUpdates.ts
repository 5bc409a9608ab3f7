import WebSocket from 'ws'
import * as Y from 'yjs'
import { encodeUpdate } from '@maillage/protocol'
import { now, sleep } from '../clock.ts'
import { percentile } from '../percentiles.ts'
import { parsePrometheusText } from '../prometheusText.ts'
import { roomName } from '../roomName.ts'
import { usageBetween } from '../serverWindow.ts'
import { ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import type { BenchContext, BenchRecord } from './BenchContext.ts'

/** Maillage's default `MAILLAGE_MAX_FRAME_BYTES` (server/src/sync/SyncLimits.ts). */
const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024
const BYTES_RECEIVED = 'maillage_bytes_received_total'
const PROBE_TIMEOUT_MS = 10_000
const IDLE_PROBES = 10
const MIB = 1024 * 1024

/**
 * S6 responsiveness under large updates (Maillage only): one client queues frames just under the
 * frame limit, each a new Yjs update of tens of thousands of small items (the costliest bytes to
 * decode and apply), and pushes them as fast as its socket takes them; meanwhile GET /healthz is
 * asked again and again, one at a time. Maillage runs in a process of its own with its default
 * sync limits (1 MiB frames, 256 KiB/s per connection), as in production: what is measured is how
 * long anyone else waits while one client does this.
 */
export async function runLargeUpdatesScenario(ctx: BenchContext): Promise<BenchRecord> {
  const { s6 } = ctx.sizes
  ctx.log('S6 maillage: starting')
  const errors: string[] = []
  let metrics: Record<string, number> = {}
  const frames = buildFrames(s6.frames, DEFAULT_MAX_FRAME_BYTES)
  let server: RunningServer | undefined
  try {
    server = await ctx.launcher.startWithDefaultLimits()
    const idle = await probeHealthz(server.httpUrl, IDLE_PROBES, s6.probeIntervalMs)
    const pusher = await openSocket(`${server.clientUrl}/${roomName('S6', 'large')}`)
    let closedWith: number | undefined
    pusher.on('close', (code: number) => {
      closedWith = code
    })
    const bytesBefore = await readBytesReceived(server.httpUrl)
    const before = server.process.sample()
    const windowEnd = now() + s6.measureMs
    for (const frame of frames) pusher.send(frame.bytes)
    const latencies = await probeHealthzUntil(server.httpUrl, windowEnd, s6.probeIntervalMs)
    const after = server.process.sample()
    const bytesAfter = await readBytesReceived(server.httpUrl)
    pusher.terminate()
    if (closedWith !== undefined)
      errors.push(`the server closed the pushing client (${closedWith})`)
    if ([...idle, ...latencies].some((latency) => latency >= PROBE_TIMEOUT_MS)) {
      errors.push('a /healthz request failed or timed out')
    }
    const usage = usageBetween(before, after)
    const sorted = [...latencies].sort((a, b) => a - b)
    metrics = {
      frameKiB: (frames[0]?.bytes.byteLength ?? 0) / 1024,
      itemsPerFrame: frames[0]?.items ?? 0,
      idleHealthzP50Ms: percentile(
        [...idle].sort((a, b) => a - b),
        0.5,
      ),
      healthzP50Ms: percentile(sorted, 0.5),
      healthzP95Ms: percentile(sorted, 0.95),
      healthzMaxMs: sorted.at(-1) ?? Number.NaN,
      mibReadPerSecond: (bytesAfter - bytesBefore) / MIB / usage.seconds,
      serverCpuPercent: usage.cpuPercent,
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  try {
    if (server !== undefined) await ctx.launcher.stopDedicated(server)
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  ctx.log(`S6 maillage: ${JSON.stringify(metrics)}`)
  for (const error of errors) ctx.log(`S6 maillage: ERROR ${error}`)
  return { scenario: 'S6', server: ServerKind.Maillage, metrics, errors }
}

/** `count` frames of {@link buildFrame}, each continuing the text the frames before it wrote. */
function buildFrames(count: number, maxBytes: number): { bytes: Uint8Array; items: number }[] {
  const frames: { bytes: Uint8Array; items: number }[] = []
  let written = Y.encodeStateAsUpdate(new Y.Doc())
  for (let index = 0; index < count; index++) {
    const frame = buildFrame(maxBytes, written)
    frames.push(frame)
    written = Y.mergeUpdates([written, frame.update])
  }
  return frames
}

/**
 * A sync update message of as many small items as fit under `maxBytes`, under a client id of its
 * own (so every frame is new to the server): two characters inserted alternately at the end of the
 * text `body` that `written` holds and just before its last character, which Yjs cannot merge into
 * one item. Each frame continues the text where the frames before it ended, as a person typing
 * does: frames of several clients all inserted at the same place would make Yjs compare each item
 * with all the others (quadratic work), which the server refuses (`assertBoundedConflicts`).
 */
function buildFrame(
  maxBytes: number,
  written: Uint8Array,
): { bytes: Uint8Array; update: Uint8Array; items: number } {
  let items = 80_000
  for (;;) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, written)
    const before = Y.encodeStateVector(doc)
    const body = doc.getText('body')
    doc.transact(() => {
      for (let index = 0; index < items; index++) {
        body.insert(index % 2 === 0 ? body.length : Math.max(0, body.length - 1), 'ab')
      }
    })
    const update = Y.encodeStateAsUpdate(doc, before)
    const bytes = encodeUpdate(update)
    doc.destroy()
    if (bytes.byteLength <= maxBytes) return { bytes, update, items }
    items = Math.floor((items * maxBytes * 0.98) / bytes.byteLength)
  }
}

function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    socket.once('open', () => {
      socket.off('error', reject)
      // Errors after the handshake end in a close, which the scenario records.
      socket.on('error', () => undefined)
      resolve(socket)
    })
    socket.once('error', reject)
  })
}

/** Bytes the server has read from websockets so far; throws if /metrics does not answer in time. */
async function readBytesReceived(httpUrl: string): Promise<number> {
  const response = await fetch(`${httpUrl}/metrics`, {
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`)
  return parsePrometheusText(await response.text()).get(BYTES_RECEIVED) ?? 0
}

/** Latency of one GET /healthz (ms); a failure or a timeout counts as the timeout. */
async function timeHealthz(httpUrl: string): Promise<number> {
  const startedAt = now()
  try {
    const response = await fetch(`${httpUrl}/healthz`, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    return response.ok ? now() - startedAt : PROBE_TIMEOUT_MS
  } catch {
    return PROBE_TIMEOUT_MS
  }
}

async function probeHealthz(httpUrl: string, count: number, intervalMs: number): Promise<number[]> {
  const latencies: number[] = []
  for (let index = 0; index < count; index++) {
    latencies.push(await timeHealthz(httpUrl))
    await sleep(intervalMs)
  }
  return latencies
}

async function probeHealthzUntil(
  httpUrl: string,
  end: number,
  intervalMs: number,
): Promise<number[]> {
  const latencies: number[] = []
  while (now() < end) {
    latencies.push(await timeHealthz(httpUrl))
    await sleep(intervalMs)
  }
  return latencies
}
