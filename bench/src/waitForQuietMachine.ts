import { now, sleep } from './clock.ts'
import {
  commandsCpuBetween,
  sampleCommandsCpu,
  sampleMachineBusySeconds,
  sampleProcess,
} from './procStats.ts'

/** By default, other processes may use this much of a core and the machine still counts as quiet. */
const QUIET_OTHER_CPU_PERCENT = 15
const SPAN_MS = 1000

/**
 * Waits until the processes other than the bench (and its servers) use less than
 * `maxOtherCpuPercent` of a core (15% by default) over a second, for at most `maxWaitMs`: on a
 * shared machine, a build or a test run next door would otherwise end up in the numbers. Resolves
 * with the CPU they used over the last second, in % of a core, whether or not it got that quiet
 * (each window reports its own disturbance anyway).
 */
export async function waitForQuietMachine(options: {
  maxWaitMs: number
  log: (message: string) => void
  maxOtherCpuPercent?: number
}): Promise<number> {
  const quietPercent = options.maxOtherCpuPercent ?? QUIET_OTHER_CPU_PERCENT
  const startedAt = now()
  let warned = false
  for (;;) {
    const meter = startOtherCpuMeter()
    await sleep(SPAN_MS)
    const other = meter.stop()
    const waited = `${((now() - startedAt) / 1000).toFixed(0)} s`
    if (other < quietPercent) {
      if (warned) options.log(`machine quiet after ${waited}`)
      return other
    }
    if (now() - startedAt > options.maxWaitMs) {
      options.log(
        `other processes still use ${other.toFixed(0)}% of a core after ${waited}: going on`,
      )
      return other
    }
    if (!warned) {
      options.log(`other processes use ${other.toFixed(0)}% of a core: waiting for a quiet machine`)
      warned = true
    }
  }
}

/**
 * Measures the CPU used by every process but the bench and the servers it started (its
 * descendants, live or waited for) between `startOtherCpuMeter()` and `stop()`, in % of a core.
 * `engines`: command names of processes the servers use (`postgres`, `redis-server`), whose CPU
 * (exited children included) is theirs too, not another process's.
 */
export function startOtherCpuMeter(options: { engines?: readonly string[] } = {}): {
  stop(): number
} {
  const engines = options.engines ?? []
  const sampleEngines = (): ReadonlyMap<number, number> =>
    sampleCommandsCpu(engines, { withWaitedChildren: true })
  const ownSeconds = (): number => sampleProcess(process.pid, now()).cpuSeconds
  const enginesBefore = engines.length > 0 ? sampleEngines() : new Map<number, number>()
  const machineBefore = sampleMachineBusySeconds()
  const ownBefore = ownSeconds()
  const startedAt = now()
  return {
    stop() {
      const seconds = (now() - startedAt) / 1000
      const busy = sampleMachineBusySeconds() - machineBefore
      const own = ownSeconds() - ownBefore
      const engine = engines.length > 0 ? commandsCpuBetween(enginesBefore, sampleEngines()) : 0
      return Math.max(0, (100 * (busy - own - engine)) / seconds)
    },
  }
}
