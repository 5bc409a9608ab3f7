import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FULL_SIZES } from './benchSizes.ts'
import type { Cleanup } from './cleanup.ts'
import type { CliOptions } from './cliOptions.ts'
import {
  isMainThreadProfile,
  profilePid,
  summarizeCpuProfile,
  type SelfTime,
} from './report/summarizeCpuProfile.ts'
import { formatNumber } from './report/writeReport.ts'
import { runBenchmarks } from './runBenchmarks.ts'
import { ServerKind } from './servers/ServerKind.ts'

/** The loads profiled: many documents, many clients on one document, maximum throughput. */
const PROFILED_SCENARIOS = ['S1a', 'S1b', 'S2'] as const

/**
 * `--profile`: runs S1a, S1b and S2 at full size against Maillage alone, started with `--cpu-prof`, and
 * summarises each main-thread profile (self time by package and function, and time by the Maillage
 * function it was spent for) into `<outputDir>/summary.txt`. Writes no results: profiling slows the
 * server down. Resolves with the exit code.
 */
export async function runProfile(options: {
  cli: CliOptions
  cleanup: Cleanup
  log: (message: string) => void
  outputDir: string
}): Promise<number> {
  const lines = [
    'CPU profile of Maillage (node --cpu-prof): main thread, from readiness to exit (start-up left out)',
  ]
  let failed = false
  for (const scenario of PROFILED_SCENARIOS) {
    const dir = join(options.outputDir, scenario)
    mkdirSync(dir, { recursive: true })
    const records = await runBenchmarks({
      cli: { ...options.cli, scenarios: [scenario], servers: [ServerKind.Maillage] },
      sizes: FULL_SIZES,
      cleanup: options.cleanup,
      log: options.log,
      cpuProfileDir: dir,
      onRecord: (record) => {
        failed ||= record.errors.length > 0
      },
    })
    if (records.length === 0) failed = true
    for (const file of readdirSync(dir).filter(isMainThreadProfile)) {
      const summary = summarizeCpuProfile(join(dir, file), { fromUs: readyAt(dir, file) })
      lines.push(
        '',
        `== ${scenario}: ${file}`,
        `busy ${formatNumber(summary.busyMs, 0)} ms, idle ${formatNumber(summary.idleMs, 0)} ms`,
        'by package (self time):',
        ...formatShares(summary.packages),
        'top functions (self time):',
        ...formatShares(summary.functions),
        'by innermost Maillage function on the stack (callees included):',
        ...formatShares(summary.serverCallers),
      )
    }
  }
  const text = `${lines.join('\n')}\n`
  writeFileSync(join(options.outputDir, 'summary.txt'), text)
  process.stderr.write(text)
  options.log(`profiles and summary in ${options.outputDir}`)
  return failed ? 1 : 0
}

/** When the profiled server became ready (monotonic µs, written by `startServer`), or 0. */
function readyAt(dir: string, profileFile: string): number {
  try {
    const text = readFileSync(join(dir, `ready-${profilePid(profileFile)}.txt`), 'utf8')
    const readyAtUs = Number(text.trim())
    return Number.isFinite(readyAtUs) ? readyAtUs : 0
  } catch {
    // No readiness record: summarise the whole profile, start-up included.
    return 0
  }
}

function formatShares(entries: readonly SelfTime[]): string[] {
  return entries.map((entry) => `  ${entry.percent.toFixed(1).padStart(5)}%  ${entry.name}`)
}
