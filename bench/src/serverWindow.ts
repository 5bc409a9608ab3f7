import { now, sleep, sleepUntil } from './clock.ts'
import {
  commandsCpuBetween,
  sampleCommandsCpu,
  sampleMachineBusySeconds,
  sampleProcess,
  type ProcessSample,
} from './procStats.ts'
import type { RunningServer } from './servers/startServer.ts'

/** What a server used during a measured window, read from /proc at its two ends. */
export interface ServerUsage {
  readonly seconds: number
  readonly cpuSeconds: number
  /** CPU time over wall time, in percent of one core. */
  readonly cpuPercent: number
  readonly rssEndKiB: number
  readonly rssPeakKiB: number
  readonly writeBytes: number
}

/** A server's usage over a window, with the bench's own (every client worker thread) beside it. */
export interface WindowUsage extends ServerUsage {
  /** CPU of the bench process (main thread and client workers) over the window, % of a core. */
  readonly clientCpuPercent: number
  /**
   * CPU used by every other process of the machine over the window, % of a core: anything well
   * above zero means something else competed with the run and its numbers are suspect.
   */
  readonly otherCpuPercent: number
  /**
   * CPU of the engine processes named in `engines` (S7: Redis and PostgreSQL) over the window, % of
   * a core, taken out of `otherCpuPercent`; absent when none were named.
   */
  readonly engineCpuPercent?: number
  /** The same in CPU seconds. */
  readonly engineCpuSeconds?: number
}

/** Usage between two samples (the peak RSS is the larger of the two). */
export function usageBetween(before: ProcessSample, after: ProcessSample): ServerUsage {
  const seconds = (after.at - before.at) / 1000
  const cpuSeconds = after.cpuSeconds - before.cpuSeconds
  return {
    seconds,
    cpuSeconds,
    cpuPercent: (100 * cpuSeconds) / seconds,
    rssEndKiB: after.rssKiB,
    rssPeakKiB: Math.max(before.rssKiB, after.rssKiB),
    writeBytes: after.writeBytes - before.writeBytes,
  }
}

/**
 * Samples the server at clock times `from` and `to` (and its RSS every 500 ms in between), and the
 * bench process too, to tell when the clients rather than the server are the bottleneck.
 */
export function measureServerWindow(
  server: RunningServer,
  from: number,
  to: number,
): Promise<WindowUsage> {
  return measureServersWindow([server], from, to)
}

/**
 * {@link measureServerWindow} for several server processes serving the same load (S7): their CPU
 * times, RSS and storage writes are summed, each process read from /proc at both ends. `engines`:
 * command names of processes the servers depend on (`redis-server`, `postgres`), whose CPU is
 * reported apart instead of as other processes'.
 */
export async function measureServersWindow(
  servers: readonly RunningServer[],
  from: number,
  to: number,
  engines: readonly string[] = [],
): Promise<WindowUsage> {
  await sleepUntil(from)
  const enginesBefore = engines.length > 0 ? sampleCommandsCpu(engines) : undefined
  const machineBefore = sampleMachineBusySeconds()
  const clientsBefore = sampleProcess(process.pid, now(), { alone: true })
  const before = sampleServers(servers)
  let peak = before.rssKiB
  while (now() < to - 500) {
    await sleep(500)
    peak = Math.max(peak, sampleServers(servers).rssKiB)
  }
  await sleepUntil(to)
  const after = sampleServers(servers)
  const clientsAfter = sampleProcess(process.pid, now(), { alone: true })
  const machineAfter = sampleMachineBusySeconds()
  const enginesAfter = enginesBefore === undefined ? undefined : sampleCommandsCpu(engines)
  const usage = usageBetween(before, after)
  const clients = usageBetween(clientsBefore, clientsAfter)
  const machinePercent = (100 * (machineAfter - machineBefore)) / usage.seconds
  const engineCpuSeconds =
    enginesBefore === undefined || enginesAfter === undefined
      ? undefined
      : commandsCpuBetween(enginesBefore, enginesAfter)
  const enginePercent =
    engineCpuSeconds === undefined ? 0 : (100 * engineCpuSeconds) / usage.seconds
  return {
    ...usage,
    rssPeakKiB: Math.max(peak, usage.rssPeakKiB),
    clientCpuPercent: clients.cpuPercent,
    otherCpuPercent: Math.max(
      0,
      machinePercent - usage.cpuPercent - clients.cpuPercent - enginePercent,
    ),
    ...(engineCpuSeconds === undefined
      ? {}
      : { engineCpuSeconds, engineCpuPercent: enginePercent }),
  }
}

/** One sample of several processes: sums, at the time of the first reading. */
function sampleServers(servers: readonly RunningServer[]): ProcessSample {
  const samples = servers.map((server) => server.process.sample())
  const first = samples[0]
  if (first === undefined) throw new Error('no server to sample')
  return {
    at: first.at,
    cpuSeconds: samples.reduce((sum, sample) => sum + sample.cpuSeconds, 0),
    rssKiB: samples.reduce((sum, sample) => sum + sample.rssKiB, 0),
    writeBytes: samples.reduce((sum, sample) => sum + sample.writeBytes, 0),
  }
}

/**
 * Waits until the server is idle: less than `maxCpuPercent` of a core over `spanMs`, for at
 * most `timeoutMs` (then it carries on: a reading after a busy period is still a reading).
 */
export async function waitUntilIdle(
  server: RunningServer,
  options: { spanMs?: number; maxCpuPercent?: number; timeoutMs?: number } = {},
): Promise<void> {
  const spanMs = options.spanMs ?? 500
  const deadline = now() + (options.timeoutMs ?? 15_000)
  let previous = server.process.sample()
  while (now() < deadline) {
    await sleep(spanMs)
    const current = server.process.sample()
    if (usageBetween(previous, current).cpuPercent < (options.maxCpuPercent ?? 3)) return
    previous = current
  }
}
