import type { BenchSizes } from './benchSizes.ts'
import { now } from './clock.ts'
import type { Cleanup } from './cleanup.ts'
import type { CliOptions } from './cliOptions.ts'
import type { BenchContext, BenchRecord } from './scenarios/BenchContext.ts'
import { SCENARIO_PLAN } from './scenarios/scenarioPlan.ts'
import { ServerLauncher } from './servers/ServerLauncher.ts'
import { startOtherCpuMeter, waitForQuietMachine } from './waitForQuietMachine.ts'
import { WorkerPool } from './workers/WorkerPool.ts'

/** Longest wait for a quiet machine before one run, and over a whole full benchmark. */
const QUIET_WAIT_MS = 60_000
const QUIET_WAIT_BUDGET_MS = 240_000

/**
 * Runs the selected scenarios against the selected servers, one server at a time, and prints one
 * JSON line per (scenario, server) on stdout as soon as it is known. Outside quick mode, each run
 * first waits (a minute at most, four in all) until other processes leave the machine quiet. Servers and workers are
 * stopped at the end, whatever happened.
 */
export async function runBenchmarks(options: {
  cli: CliOptions
  sizes: BenchSizes
  cleanup: Cleanup
  log: (message: string) => void
  cpuProfileDir?: string
  onRecord: (record: BenchRecord) => void
}): Promise<BenchRecord[]> {
  const { cli, sizes, cleanup } = options
  const pool = new WorkerPool(sizes.workers, cleanup)
  const launcher = new ServerLauncher({
    cleanup,
    reuse: cli.quick,
    ...(options.cpuProfileDir === undefined ? {} : { cpuProfileDir: options.cpuProfileDir }),
  })
  const ctx: BenchContext = { quick: cli.quick, sizes, pool, launcher, log: options.log }
  const records: BenchRecord[] = []
  const steps = SCENARIO_PLAN.filter((step) => cli.scenarios.includes(step.id))
  let quietBudgetMs = QUIET_WAIT_BUDGET_MS
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
        if (!cli.quick) {
          const waitStartedAt = now()
          await waitForQuietMachine({
            maxWaitMs: Math.min(QUIET_WAIT_MS, quietBudgetMs),
            log: options.log,
          })
          quietBudgetMs = Math.max(0, quietBudgetMs - (now() - waitStartedAt))
        }
        const meter = startOtherCpuMeter()
        const ran = await step.run(ctx, kind)
        // Over the whole run (set-up included), unlike the per-window figure of S1 and S2.
        const record = { ...ran, metrics: { ...ran.metrics, otherCpuPercentRun: meter.stop() } }
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
