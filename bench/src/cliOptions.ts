import { SCENARIO_IDS, type ScenarioId } from './scenarios/BenchContext.ts'
import { ServerKind } from './servers/ServerKind.ts'

/** What `npm run bench -- <options>` asked for. */
export interface CliOptions {
  /** Small sizes, about a minute; writes RESULTS.quick.md, never RESULTS.md. */
  readonly quick: boolean
  /** Profile Maillage under S1b and S2 (`node --cpu-prof`) instead of benchmarking. */
  readonly profile: boolean
  readonly scenarios: readonly ScenarioId[]
  readonly servers: readonly ServerKind[]
}

const USAGE = `usage: npm run bench -- [--quick] [--profile] [--only S1a,S2,...] [--servers maillage,reference,...]
  --quick     every scenario at small size (about a minute); writes bench/RESULTS.quick.md
  --profile   CPU profile of Maillage under S1b and S2, summarised; writes no results
  --only      scenarios to run (${SCENARIO_IDS.join(', ')}); all by default
  --servers   servers to run (${Object.values(ServerKind).join(', ')}); all by default`

/** Parses the command line; throws with the usage on anything unknown. */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let quick = false
  let profile = false
  let scenarios: readonly ScenarioId[] = SCENARIO_IDS
  let servers: readonly ServerKind[] = Object.values(ServerKind)
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]
    if (arg === '--quick') quick = true
    else if (arg === '--profile') profile = true
    else if (arg === '--only') scenarios = parseList(args[++index], SCENARIO_IDS, arg)
    else if (arg === '--servers') servers = parseList(args[++index], Object.values(ServerKind), arg)
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE)
    else throw new Error(`unknown option ${JSON.stringify(arg)}\n${USAGE}`)
  }
  return { quick, profile, scenarios, servers }
}

function parseList<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T[] {
  const items = (value ?? '').split(',').filter((item) => item !== '')
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item))
  if (items.length === 0 || unknown.length > 0) {
    throw new Error(`${option} expects a comma-separated list of ${allowed.join(', ')}\n${USAGE}`)
  }
  return items as T[]
}
