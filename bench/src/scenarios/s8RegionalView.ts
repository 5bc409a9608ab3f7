import { now } from '../clock.ts'
import { summarizeLatencies } from '../percentiles.ts'
import { usageBetween } from '../serverWindow.ts'
import { ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import { signIn, type ApiSession } from '../web/apiSession.ts'
import type { BenchContext, BenchRecord } from './BenchContext.ts'
import { FICHES_PER_CLPE, LINKED_FICHES, writeRegionalDataSet } from './regionalDataSet.ts'

/** Maillage with sessions and the demo accounts (the regional view is for signed-in people). */
const SESSION_ENV = { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true' } as const
/** The demo account of the regional team, who may see the regional view. */
const REGIONAL_ACCOUNT = 'admin@demo.maillage.fr'
const REQUEST_TIMEOUT_MS = 30_000

/**
 * S8 regional view (Maillage only; no peer has it): the 26 CLPE × 200 fiches action with
 * indicators written into the lowdb index while Maillage is stopped, then `GET
 * /api/pilotage/region` asked by the regional team, one request at a time, after a warm-up. Each
 * answer is checked (26 rows, every linked action counted): a wrong answer fails the run. Reports
 * the time of a request in ms as an absolute figure, the size of the answer and the server's CPU
 * per request.
 */
export async function runRegionalViewScenario(ctx: BenchContext): Promise<BenchRecord> {
  const { s8 } = ctx.sizes
  ctx.log('S8 maillage: starting')
  const errors: string[] = []
  let metrics: Record<string, number> = {}
  let server: RunningServer | undefined
  try {
    const [first] = await ctx.launcher.startMaillageProcesses(1, SESSION_ENV)
    if (first === undefined) throw new Error('Maillage did not start')
    server = first
    let clpe = 0
    server = await ctx.launcher.restartDedicated(first, {
      env: SESSION_ENV,
      beforeStart: async (dataDir) => {
        clpe = await writeRegionalDataSet(dataDir, Date.now())
      },
    })
    const session = await signIn(server.httpUrl, REGIONAL_ACCOUNT)
    const expectedActions = clpe * LINKED_FICHES
    for (let index = 0; index < s8.warmupRequests; index += 1) {
      await askRegionalView(server.httpUrl, session, expectedActions)
    }
    const before = server.process.sample()
    const latencies = new Float64Array(s8.requests)
    let bytes = 0
    for (let index = 0; index < s8.requests; index += 1) {
      const answer = await askRegionalView(server.httpUrl, session, expectedActions)
      latencies[index] = answer.ms
      bytes = answer.bytes
    }
    const usage = usageBetween(before, server.process.sample())
    const summary = summarizeLatencies(latencies)
    metrics = {
      clpe,
      fichesIndexed: clpe * FICHES_PER_CLPE,
      requests: s8.requests,
      regionP50Ms: summary.p50,
      regionP95Ms: summary.p95,
      regionMaxMs: summary.max,
      answerKiB: bytes / 1024,
      serverCpuMsPerRequest: (usage.cpuSeconds * 1000) / s8.requests,
      serverRssMiB: usage.rssEndKiB / 1024,
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  try {
    if (server !== undefined) await ctx.launcher.stopDedicated(server)
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  ctx.log(`S8 maillage: ${JSON.stringify(metrics)}`)
  for (const error of errors) ctx.log(`S8 maillage: ERROR ${error}`)
  return { scenario: 'S8', server: ServerKind.Maillage, metrics, errors }
}

/**
 * One `GET /api/pilotage/region`, timed from sending the request to the last byte of the answer;
 * throws unless it answers 200 with every CLPE's linked actions counted.
 */
async function askRegionalView(
  httpUrl: string,
  session: ApiSession,
  expectedActions: number,
): Promise<{ ms: number; bytes: number }> {
  const startedAt = now()
  const response = await fetch(`${httpUrl}/api/pilotage/region`, {
    headers: { cookie: session.cookie },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  const ms = now() - startedAt
  if (response.status !== 200)
    throw new Error(`GET /api/pilotage/region answered ${response.status}`)
  const view = JSON.parse(text) as { rows?: unknown[]; totals?: { actions?: unknown } }
  if (view.totals?.actions !== expectedActions) {
    throw new Error(
      `the regional view counts ${String(view.totals?.actions)} actions, not ${expectedActions}`,
    )
  }
  return { ms, bytes: Buffer.byteLength(text) }
}
