// `npm run bench [-- --quick | --profile | --only S1a,S2 | --servers maillage,reference]`:
// Maillage against @y/websocket-server, Hocuspocus and a bare ws relay. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { FULL_SIZES, QUICK_SIZES } from './benchSizes.ts'
import { Cleanup } from './cleanup.ts'
import { parseCliOptions, type CliOptions } from './cliOptions.ts'
import { now } from './clock.ts'
import { isDisturbed, otherCpuOf } from './disturbance.ts'
import { readEnvironment } from './environmentInfo.ts'
import { BENCH_ROOT } from './paths.ts'
import { renderReport } from './report/writeReport.ts'
import { runBenchmarks } from './runBenchmarks.ts'
import { runProfile } from './runProfile.ts'
import { SCENARIO_IDS, type BenchRecord } from './scenarios/BenchContext.ts'
import { ServerKind } from './servers/ServerKind.ts'

const startedAt = new Date()
const loadAtStart = loadavg()
const startedAtClock = now()
const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
const resultsDir = join(BENCH_ROOT, 'results')

function log(message: string): void {
  const elapsed = ((now() - startedAtClock) / 1000).toFixed(1).padStart(6)
  process.stderr.write(`[bench ${elapsed}s] ${message}\n`)
}

function toJsonLine(record: BenchRecord, cli: CliOptions): string {
  return JSON.stringify({
    date: startedAt.toISOString(),
    mode: cli.quick ? 'quick' : 'full',
    scenario: record.scenario,
    server: record.server,
    ...record.metrics,
    disturbed: isDisturbed(record),
    errors: record.errors,
  })
}

async function benchmark(cli: CliOptions, cleanup: Cleanup): Promise<number> {
  const sizes = cli.quick ? QUICK_SIZES : FULL_SIZES
  const lines: string[] = []
  const records = await runBenchmarks({
    cli,
    sizes,
    cleanup,
    log,
    onRecord: (record) => {
      const line = toJsonLine(record, cli)
      lines.push(line)
      process.stdout.write(`${line}\n`)
    },
  })
  const durationSeconds = (now() - startedAtClock) / 1000
  const report = renderReport({
    startedAt,
    durationSeconds,
    quick: cli.quick,
    sizes,
    environment: readEnvironment(),
    loadAverage: { start: loadAtStart, end: loadavg() },
    records,
  })
  const complete =
    cli.scenarios.length === SCENARIO_IDS.length &&
    cli.servers.length === Object.values(ServerKind).length
  const disturbed = records.filter(isDisturbed)
  // Only a complete, undisturbed full run may replace RESULTS.md; the others go elsewhere.
  let reportPath: string
  if (cli.quick) reportPath = join(BENCH_ROOT, 'RESULTS.quick.md')
  else if (disturbed.length > 0) reportPath = join(resultsDir, `${stamp}.disturbed.md`)
  else if (complete) reportPath = join(BENCH_ROOT, 'RESULTS.md')
  else reportPath = join(resultsDir, `${stamp}.partial.md`)
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(reportPath, report)
  // A disturbed run's lines are kept apart (git-ignored), like its report.
  const linesName = disturbed.length > 0 ? `${stamp}.disturbed.jsonl` : `${stamp}.jsonl`
  if (!cli.quick) writeFileSync(join(resultsDir, linesName), `${lines.join('\n')}\n`)
  const failures = records.filter((record) => record.errors.length > 0)
  log(`report written to ${reportPath}; ${records.length} runs in ${durationSeconds.toFixed(1)} s`)
  if (records.length === 0) log('FAILED: nothing ran')
  for (const record of failures) {
    log(`FAILED ${record.scenario} ${record.server}: ${record.errors.join('; ')}`)
  }
  // Quick mode is a smoke run beside other work (`npm test`): disturbance is flagged, not failed.
  for (const record of disturbed) {
    log(
      `DISTURBED ${record.scenario} ${record.server}: other processes used ` +
        `${(otherCpuOf(record) ?? 0).toFixed(0)}% of a core` +
        (cli.quick ? ' (quick mode: flagged only)' : '; not recorded'),
    )
  }
  const notRecorded = !cli.quick && disturbed.length > 0
  return failures.length > 0 || records.length === 0 || notRecorded ? 1 : 0
}

let cli: CliOptions
try {
  cli = parseCliOptions(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(2)
}
const cleanup = new Cleanup()
cleanup.install()
const exitCode = await (cli.profile
  ? runProfile({ cli, cleanup, log, outputDir: join(resultsDir, 'profiles', stamp) })
  : benchmark(cli, cleanup))
cleanup.killAll()
process.exit(exitCode)
