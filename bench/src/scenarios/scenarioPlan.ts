import { PEER_KINDS, ServerKind, YJS_SERVER_KINDS } from '../servers/ServerKind.ts'
import type { BenchContext, BenchRecord, ScenarioId } from './BenchContext.ts'
import { runAtRestScenario } from './s0AtRest.ts'
import { runFanOutScenario } from './s1FanOut.ts'
import { runThroughputScenario } from './s2Throughput.ts'
import { runConnectionsScenario } from './s3Connections.ts'
import { runBigDocumentScenario } from './s4BigDocument.ts'
import { runPersistenceScenario } from './s5Persistence.ts'
import { runLargeUpdatesScenario } from './s6LargeUpdates.ts'
import { runScaleOutScenario } from './s7ScaleOut.ts'
import { runRegionalViewScenario } from './s8RegionalView.ts'
import { runSearchScenario } from './s10Search.ts'
import { runVersionHistoryScenario } from './s9VersionHistory.ts'
import { runLivePollsScenario } from './s11LivePolls.ts'

/** One scenario: which servers it runs against, and how to run it against one. */
export interface ScenarioStep {
  readonly id: ScenarioId
  readonly servers: readonly ServerKind[]
  /**
   * The scenario starts the servers it needs itself (S7): quick mode need not start a shared one
   * for it beforehand.
   */
  readonly ownServers?: boolean
  /**
   * Command names of the engines the scenario's servers use (S7: Redis and PostgreSQL; S10:
   * PostgreSQL): their CPU during the run is the servers' work, not another process's disturbance.
   */
  readonly engines?: readonly string[]
  run(ctx: BenchContext, kind: ServerKind): Promise<BenchRecord>
}

const WITH_FLOOR = [ServerKind.Maillage, ...PEER_KINDS, ServerKind.Floor] as const

/** Every scenario in run order; the floor relay only takes part where the load is raw messages. */
export const SCENARIO_PLAN: readonly ScenarioStep[] = [
  { id: 'S0', servers: WITH_FLOOR, run: runAtRestScenario },
  { id: 'S1a', servers: WITH_FLOOR, run: (ctx, kind) => runFanOut(ctx, 'S1a', kind) },
  { id: 'S1b', servers: WITH_FLOOR, run: (ctx, kind) => runFanOut(ctx, 'S1b', kind) },
  { id: 'S2', servers: WITH_FLOOR, run: runThroughputScenario },
  { id: 'S3', servers: YJS_SERVER_KINDS, run: runConnectionsScenario },
  { id: 'S4', servers: YJS_SERVER_KINDS, run: runBigDocumentScenario },
  { id: 'S5', servers: [ServerKind.Maillage], run: (ctx) => runPersistenceScenario(ctx) },
  { id: 'S6', servers: [ServerKind.Maillage], run: (ctx) => runLargeUpdatesScenario(ctx) },
  {
    id: 'S7',
    servers: [ServerKind.Maillage],
    ownServers: true,
    engines: ['redis-server', 'postgres'],
    run: (ctx) => runScaleOutScenario(ctx),
  },
  {
    id: 'S8',
    servers: [ServerKind.Maillage],
    ownServers: true,
    run: (ctx) => runRegionalViewScenario(ctx),
  },
  {
    id: 'S9',
    servers: [ServerKind.Maillage],
    ownServers: true,
    run: (ctx) => runVersionHistoryScenario(ctx),
  },
  {
    id: 'S10',
    servers: [ServerKind.Maillage],
    ownServers: true,
    engines: ['postgres'],
    run: (ctx) => runSearchScenario(ctx),
  },
  {
    id: 'S11',
    servers: [ServerKind.Maillage],
    ownServers: true,
    run: (ctx) => runLivePollsScenario(ctx),
  },
]

function runFanOut(
  ctx: BenchContext,
  scenario: 'S1a' | 'S1b',
  kind: ServerKind,
): Promise<BenchRecord> {
  const shape = ctx.sizes.s1.shapes.find((candidate) => candidate.scenario === scenario)
  if (shape === undefined) throw new Error(`no fan-out shape for ${scenario}`)
  return runFanOutScenario(ctx, shape, kind)
}
