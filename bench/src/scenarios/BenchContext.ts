import type { BenchSizes } from '../benchSizes.ts'
import type { ServerLauncher } from '../servers/ServerLauncher.ts'
import type { ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import type { WorkerPool } from '../workers/WorkerPool.ts'

/** The scenarios, in the order they run. */
export const SCENARIO_IDS = [
  'S0',
  'S1a',
  'S1b',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'S9',
  'S10',
  'S11',
] as const
export type ScenarioId = (typeof SCENARIO_IDS)[number]

/** The result of one scenario against one server: one JSON line, one column of a table. */
export interface BenchRecord {
  readonly scenario: ScenarioId
  readonly server: ServerKind
  /** Flat numbers, keyed as in the scenario's metric definitions. */
  readonly metrics: Readonly<Record<string, number>>
  /** Why the run is not to be trusted (text mismatch, lost deliveries...); empty when fine. */
  readonly errors: readonly string[]
}

/** What every scenario is given. */
export interface BenchContext {
  readonly quick: boolean
  readonly sizes: BenchSizes
  readonly pool: WorkerPool
  readonly launcher: ServerLauncher
  log(message: string): void
}

/** The worker a client id runs in: clients are dealt round-robin, so each room spans workers. */
export function workerOf(clientId: number, ctx: BenchContext): number {
  return clientId % ctx.pool.size
}

/**
 * Runs one scenario against one server with the bookkeeping every scenario needs: the server is
 * acquired, every client closed afterwards, the server released, and a failure becomes a record
 * with the error instead of stopping the whole bench.
 */
export async function runAgainst(
  ctx: BenchContext,
  scenario: ScenarioId,
  kind: ServerKind,
  body: (server: RunningServer, setServer: (next: RunningServer) => void) => Promise<BenchRecord>,
): Promise<BenchRecord> {
  ctx.log(`${scenario} ${kind}: starting`)
  let server: RunningServer | undefined
  let record: BenchRecord
  try {
    server = await ctx.launcher.acquire(kind)
    record = await body(server, (next) => {
      server = next
    })
  } catch (error) {
    record = { scenario, server: kind, metrics: {}, errors: [describeError(error)] }
  }
  try {
    await ctx.pool.closeAllClients()
    if (server !== undefined) {
      await ctx.launcher.release(server, { failed: record.errors.length > 0 })
    }
  } catch (error) {
    record = { ...record, errors: [...record.errors, describeError(error)] }
  }
  ctx.log(`${scenario} ${kind}: ${JSON.stringify(record.metrics)}`)
  for (const error of record.errors) ctx.log(`${scenario} ${kind}: ERROR ${error}`)
  return record
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  // The first lines say what failed; a worker's stack adds nothing a reader of RESULTS.md needs.
  return message.split('\n').slice(0, 3).join(' | ')
}
