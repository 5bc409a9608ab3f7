import type { FanOutShape } from '../benchSizes.ts'
import { roomName } from '../roomName.ts'
import { clientKindOf, ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import type { ClientSpec } from '../workers/workerProtocol.ts'
import { workerOf, type BenchContext, type BenchRecord } from './BenchContext.ts'
import { measureFanOut } from './s1FanOut.ts'
import { SCALE_OUT_RATIO_PREFIX, SCALE_OUT_SETUPS } from './scaleOutSetups.ts'

/** The metrics of each setup that get a ratio 2 processes / 1 process in the record. */
const RATIO_KEYS = [
  'latencyP50Ms',
  'latencyP95Ms',
  'latencyP99Ms',
  'latencyMaxMs',
  'deliveriesPerSecond',
  'serverCpuPercent',
  'serverCpuUsPerDelivery',
  'serverRssMiB',
  'engineCpuPercent',
  'engineCpuUsPerDelivery',
] as const

/** The engines' processes, by command name: their CPU is reported apart from the servers'. */
const ENGINE_COMMANDS = ['redis-server', 'postgres']

/**
 * Redis of the 2-process setup: `MAILLAGE_BENCH_REDIS_URL`, by default the machine's own. Set to
 * the empty string, Maillage gets no `REDIS_URL`: the processes then share nothing live, and the
 * deliveries between them go missing (what the check must catch).
 */
const REDIS_URL = process.env.MAILLAGE_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'

/**
 * S7 scale-out: S1a's load (same shape, rate and windows) served once by one Maillage process and
 * once by two, both on PostgreSQL (`DATABASE_URL`, a new database per setup) and Redis (a key
 * prefix of their own per setup), so that the number of processes is the only difference. With
 * two, half the clients of every document are on each process, so every delivery to a client of
 * the other process crosses Redis. Server CPU is the sum of the processes'. One record: each
 * setup's metrics under its prefix, and the ratios 2 processes / 1 process.
 */
export async function runScaleOutScenario(ctx: BenchContext): Promise<BenchRecord> {
  ctx.log('S7 maillage: starting')
  const shape = ctx.sizes.s1.shapes.find((candidate) => candidate.scenario === 'S1a')
  if (shape === undefined) throw new Error('S7 needs the fan-out shape of S1a')
  const metrics: Record<string, number> = {}
  const errors: string[] = []
  const setups: BenchRecord[] = []
  for (const setup of SCALE_OUT_SETUPS) {
    ctx.log(`S7 maillage: ${setup.processes} process(es)`)
    const record = await runSetup(ctx, shape, setup.processes)
    setups.push(record)
    for (const [key, value] of Object.entries(record.metrics)) metrics[setup.prefix + key] = value
    errors.push(...record.errors.map((error) => `${setup.processes} process(es): ${error}`))
  }
  const [one, two] = setups
  for (const key of RATIO_KEYS) {
    const ratio = (two?.metrics[key] ?? Number.NaN) / (one?.metrics[key] ?? Number.NaN)
    if (Number.isFinite(ratio)) metrics[SCALE_OUT_RATIO_PREFIX + key] = ratio
  }
  // Unprefixed, for the report's notes (disturbed run, saturated clients) and a quick read.
  metrics.clients = shape.documents * shape.clientsPerDocument
  metrics.otherCpuPercent = maxOf(setups, 'otherCpuPercent')
  metrics.clientLoopDelayP99Ms = maxOf(setups, 'clientLoopDelayP99Ms')
  metrics.missingDeliveries = setups.reduce(
    (sum, record) => sum + (record.metrics.missingDeliveries ?? 0),
    0,
  )
  ctx.log(`S7 maillage: ${JSON.stringify(metrics)}`)
  for (const error of errors) ctx.log(`S7 maillage: ERROR ${error}`)
  return { scenario: 'S7', server: ServerKind.Maillage, metrics, errors }
}

/**
 * One setup: a new database and Redis prefix, `processes` Maillage processes, the clients opened
 * and the fan-out load measured; then clients closed, processes stopped (SIGTERM: every document
 * saved to PostgreSQL), the database dropped and the prefix's keys deleted. A failure is an error
 * of the record.
 */
async function runSetup(
  ctx: BenchContext,
  shape: FanOutShape,
  processes: number,
): Promise<BenchRecord> {
  const errors: string[] = []
  let metrics: Record<string, number> = {}
  const database = await ctx.launcher.createDatabase().catch((error: unknown) => {
    errors.push(`could not create the database: ${describe(error)}`)
    return undefined
  })
  const redis = REDIS_URL === '' ? undefined : ctx.launcher.createRedisPrefix(REDIS_URL)
  let servers: RunningServer[] = []
  if (database !== undefined) {
    try {
      servers = await ctx.launcher.startMaillageProcesses(processes, {
        DATABASE_URL: database.url,
        ...(redis === undefined ? {} : { REDIS_URL, MAILLAGE_REDIS_PREFIX: redis.prefix }),
      })
      const specs = scaleOutClients(shape, servers)
      await ctx.pool.callAll((worker) => ({
        type: 'open',
        clients: specs.filter((spec) => workerOf(spec.id, ctx) === worker),
        concurrency: 50,
        timeoutMs: 30_000,
        writeInitialText: false,
      }))
      const [first] = servers
      if (first === undefined) throw new Error('no Maillage process started')
      const record = await measureFanOut(ctx, {
        scenario: 'S7',
        server: first,
        measured: servers,
        specs,
        position: 'end',
        engines: ENGINE_COMMANDS,
      })
      metrics = {
        processes,
        crossProcessPercent: crossProcessPercent(specs),
        ...record.metrics,
      }
      errors.push(...record.errors)
    } catch (error) {
      errors.push(describe(error))
    }
  }
  const teardown = [
    () => ctx.pool.closeAllClients(),
    ...servers.map((server) => () => ctx.launcher.stopDedicated(server)),
    async () => {
      await database?.drop()
    },
    async () => {
      await redis?.release()
    },
  ]
  for (const step of teardown) {
    try {
      await step()
    } catch (error) {
      errors.push(describe(error))
    }
  }
  return { scenario: 'S7', server: ServerKind.Maillage, metrics, errors }
}

/**
 * S1a's clients (same ids, so the same worker placement), each document's clients dealt over the
 * processes alternately. Client `c` of document `d` goes to process `(c + d) % processes`: half of
 * every document on each of two processes, and since clients are dealt to the worker threads by id,
 * each process serves clients of both worker threads.
 */
function scaleOutClients(shape: FanOutShape, servers: readonly RunningServer[]): ClientSpec[] {
  const specs: ClientSpec[] = []
  for (let document = 0; document < shape.documents; document += 1) {
    for (let client = 0; client < shape.clientsPerDocument; client += 1) {
      const server = servers[(client + document) % servers.length]
      if (server === undefined) throw new Error('no server for a client')
      specs.push({
        id: document * shape.clientsPerDocument + client,
        kind: clientKindOf(server.kind),
        serverUrl: server.clientUrl,
        room: roomName('S7', 'doc', document),
      })
    }
  }
  return specs
}

/** Of every (sender, receiver) pair of a document, the percentage on different processes. */
function crossProcessPercent(specs: readonly ClientSpec[]): number {
  let pairs = 0
  let crossing = 0
  for (const sender of specs) {
    for (const receiver of specs) {
      if (receiver.id === sender.id || receiver.room !== sender.room) continue
      pairs += 1
      if (receiver.serverUrl !== sender.serverUrl) crossing += 1
    }
  }
  return pairs === 0 ? 0 : (100 * crossing) / pairs
}

function maxOf(records: readonly BenchRecord[], key: string): number {
  return Math.max(...records.map((record) => record.metrics[key] ?? 0))
}

function describe(error: unknown): string {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return message.split('\n').slice(0, 3).join(' | ')
}
