import type { BenchSizes } from './benchSizes.ts'
import { now } from './clock.ts'
import type { Cleanup } from './cleanup.ts'
import type { CliOptions } from './cliOptions.ts'
import {
  DISTURBED_OTHER_CPU_PERCENT,
  MAX_ATTEMPTS,
  otherCpuOf,
  shouldTryAgain,
} from './disturbance.ts'
import type { BenchContext, BenchRecord } from './scenarios/BenchContext.ts'
import { SCENARIO_PLAN, type ScenarioStep } from './scenarios/scenarioPlan.ts'
import { ServerLauncher } from './servers/ServerLauncher.ts'
import type { ServerKind } from './servers/ServerKind.ts'
import { startOtherCpuMeter, waitForQuietMachine } from './waitForQuietMachine.ts'
import { WorkerPool } from './workers/WorkerPool.ts'

/** Longest wait for a quiet machine before one try, and over a whole full benchmark. */
const QUIET_WAIT_MS = 60_000
const QUIET_WAIT_BUDGET_MS = 300_000

/**
 * Before a try, other processes must use less than this (% of a core, over a second): below the
 * disturbance threshold, so that a machine just quiet enough does not make a disturbed try.
 */
const QUIET_OTHER_CPU_PERCENT = 10

/**
 * Runs the selected scenarios against the selected servers, one server at a time, and prints one
 * JSON line per (scenario, server) on stdout as soon as it is known. Outside quick mode, each try
 * first waits (a minute at most, five in all) until other processes leave the machine quiet, and
 * a try whose measure was disturbed anyway is made again, up to three tries in all; the record
 * kept is the last try's, with `attempts`. Quick mode neither waits nor tries again: it is a smoke
 * run, its report only flags disturbance. Servers and workers are stopped at the end, whatever
 * happened.
 */
export async function runBenchmarks(options: {
  cli: CliOptions
  sizes: BenchSizes
  cleanup: Cleanup
  log: (message: string) => void
  cpuProfileDir?: string
  onRecord: (record: BenchRecord) => void
}): Promise<BenchRecord[]> {
  const { cli, sizes, cleanup, log } = options
  const pool = new WorkerPool(sizes.workers, cleanup)
  const launcher = new ServerLauncher({
    cleanup,
    reuse: cli.quick,
    ...(options.cpuProfileDir === undefined ? {} : { cpuProfileDir: options.cpuProfileDir }),
  })
  const ctx: BenchContext = { quick: cli.quick, sizes, pool, launcher, log }
  const records: BenchRecord[] = []
  const steps = SCENARIO_PLAN.filter((step) => cli.scenarios.includes(step.id))
  let quietBudgetMs = QUIET_WAIT_BUDGET_MS
  const waitForQuiet = async (): Promise<void> => {
    const waitStartedAt = now()
    await waitForQuietMachine({
      maxWaitMs: Math.min(QUIET_WAIT_MS, quietBudgetMs),
      maxOtherCpuPercent: QUIET_OTHER_CPU_PERCENT,
      log,
    })
    quietBudgetMs = Math.max(0, quietBudgetMs - (now() - waitStartedAt))
  }
  const runOnce = async (
    step: ScenarioStep,
    kind: ServerKind,
    attempt: number,
  ): Promise<BenchRecord> => {
    if (!cli.quick) await waitForQuiet()
    const meter = startOtherCpuMeter(step.engines === undefined ? {} : { engines: step.engines })
    const ran = await step.run(ctx, kind)
    // Over the whole run (set-up included), unlike the per-window figure of S1, S2 and S7.
    const otherCpuPercentRun = meter.stop()
    return { ...ran, metrics: { ...ran.metrics, otherCpuPercentRun, attempts: attempt } }
  }
  try {
    if (cli.quick) {
      // Quick mode reuses one process per kind: start them all at once rather than one by one.
      const kinds = new Set(
        steps.filter((step) => step.ownServers !== true).flatMap((step) => step.servers),
      )
      await Promise.all(
        [...kinds]
          .filter((kind) => cli.servers.includes(kind))
          .map((kind) => launcher.acquire(kind)),
      )
    }
    for (const step of steps) {
      for (const kind of step.servers) {
        if (!cli.servers.includes(kind)) continue
        let attempt = 1
        let record = await runOnce(step, kind, attempt)
        while (shouldTryAgain(record, attempt, cli.quick)) {
          log(
            `${step.id} ${kind}: other processes used ${(otherCpuOf(record) ?? 0).toFixed(0)}% ` +
              `of a core during the measure (more than ${DISTURBED_OTHER_CPU_PERCENT}%): ` +
              `disturbed, try ${attempt + 1} of ${MAX_ATTEMPTS}`,
          )
          attempt += 1
          record = await runOnce(step, kind, attempt)
        }
        records.push(record)
        options.onRecord(record)
      }
    }
  } finally {
    try {
      await launcher.stopAll()
    } finally {
      await pool.terminate()
    }
  }
  return records
}
