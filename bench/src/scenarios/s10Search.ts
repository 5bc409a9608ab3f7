import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { now } from '../clock.ts'
import { REPO_ROOT } from '../paths.ts'
import { summarizeLatencies } from '../percentiles.ts'
import { usageBetween } from '../serverWindow.ts'
import { ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import { signIn, type ApiSession } from '../web/apiSession.ts'
import type { BenchContext, BenchRecord } from './BenchContext.ts'
import { writeSearchDataSet, type SearchDataSet } from './searchDataSet.ts'

/**
 * Maillage with sessions and the demo accounts; searches are not rate-limited per account here,
 * since one account asks them back to back.
 */
const SEARCH_ENV = {
  MAILLAGE_AUTH: 'session',
  MAILLAGE_DEMO_DATA: 'true',
  MAILLAGE_SEARCHES_PER_MINUTE: '1000000',
} as const
/** The regional team (finds every document) and a contributeur of CLPE Lille (her space, and what is shared). */
const ADMIN = 'admin@demo.maillage.fr'
const MEMBER = 'lille@demo.maillage.fr'
const MEMBER_SPACE = 'clpe-59004'
/** Queries of a few shapes: a word in most documents, two words, accents left out, a stem. */
const QUERIES = [
  'emploi',
  'mobilité des jeunes',
  'apprentissage bâtiment',
  'Pole sante',
  'saisonniers agricoles',
] as const
/** PostgreSQL gets a quarter of the rounds, so that the scenario stays within a few minutes. */
const POSTGRES_ROUND_DIVISOR = 4
const REQUEST_TIMEOUT_MS = 30_000
const BACKFILL_TIMEOUT_MS = 10 * 60_000
const POLL_MS = 200

interface SearchAnswer {
  readonly total: number
  readonly results: readonly { readonly id: string; readonly spaceId: string }[]
}

/**
 * S10 search (Maillage only; no peer has a search): N documents of French text written into the
 * lowdb directory while Maillage is stopped, indexed at start by the search's backfill from their
 * stored content (timed until the last one is found), then `GET /api/recherche` asked one request
 * at a time for a few queries, by the regional team (every document) and by a member of a CLPE
 * (access checked on every result: a document of another CLPE not shared fails the run). Then the
 * same data is copied to PostgreSQL and measured again there (`pg.` metrics).
 */
export async function runSearchScenario(ctx: BenchContext): Promise<BenchRecord> {
  const { s10 } = ctx.sizes
  ctx.log('S10 maillage: starting')
  const errors: string[] = []
  let metrics: Record<string, number> = {}
  let server: RunningServer | undefined
  try {
    const [first] = await ctx.launcher.startMaillageProcesses(1, SEARCH_ENV)
    if (first === undefined) throw new Error('Maillage did not start')
    server = first
    let dataSet: SearchDataSet | undefined
    server = await ctx.launcher.restartDedicated(first, {
      env: SEARCH_ENV,
      beforeStart: async (dataDir) => {
        dataSet = await writeSearchDataSet(dataDir, s10.documents, Date.now())
      },
    })
    if (dataSet === undefined) throw new Error('the data set was not written')
    metrics = await measure(server.httpUrl, dataSet, s10.rounds, server)
    // The same data moved to PostgreSQL (the operators' copy command), then the same measures
    // on its French full-text search: the backfill now writes the shared table.
    const database = await ctx.launcher.createDatabase()
    try {
      server = await ctx.launcher.restartDedicated(server, {
        env: { ...SEARCH_ENV, DATABASE_URL: database.url },
        beforeStart: (dataDir) => copyToPostgres(dataDir, database.url),
      })
      const rounds = Math.ceil(s10.rounds / POSTGRES_ROUND_DIVISOR)
      const onPostgres = await measure(server.httpUrl, dataSet, rounds, server)
      for (const [key, value] of Object.entries(onPostgres)) {
        if (key !== 'documents') metrics[`pg.${key}`] = value
      }
      await ctx.launcher.stopDedicated(server)
      server = undefined
    } finally {
      await database.drop()
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  try {
    if (server !== undefined) await ctx.launcher.stopDedicated(server)
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  ctx.log(`S10 maillage: ${JSON.stringify(metrics)}`)
  for (const error of errors) ctx.log(`S10 maillage: ERROR ${error}`)
  return { scenario: 'S10', server: ServerKind.Maillage, metrics, errors }
}

/**
 * Waits for the backfill to reach the last document (timed from now), then asks the queries
 * `rounds` times as the regional team and as the CLPE member, one request at a time.
 */
async function measure(
  httpUrl: string,
  dataSet: SearchDataSet,
  rounds: number,
  server: RunningServer,
): Promise<Record<string, number>> {
  const startedAt = now()
  const admin = await signIn(httpUrl, ADMIN)
  const member = await signIn(httpUrl, MEMBER)
  await untilFound(httpUrl, admin, dataSet.lastMarker)
  const indexSeconds = (now() - startedAt) / 1000
  for (const query of QUERIES) {
    await search(httpUrl, admin, query)
    await search(httpUrl, member, query)
  }
  const before = server.process.sample()
  const adminTimes: number[] = []
  const memberTimes: number[] = []
  const commonWordTimes: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERIES) {
      const asAdmin = await search(httpUrl, admin, query)
      adminTimes.push(asAdmin.ms)
      if (query === 'emploi') commonWordTimes.push(asAdmin.ms)
      const asMember = await search(httpUrl, member, query)
      memberTimes.push(asMember.ms)
      checkMemberResults(asMember.answer, dataSet, query)
    }
  }
  const usage = usageBetween(before, server.process.sample())
  const adminSummary = summarizeLatencies(Float64Array.from(adminTimes))
  const memberSummary = summarizeLatencies(Float64Array.from(memberTimes))
  const commonSummary = summarizeLatencies(Float64Array.from(commonWordTimes))
  const searches = adminTimes.length + memberTimes.length
  return {
    documents: dataSet.documents,
    indexSeconds,
    indexDocumentsPerSecond: dataSet.documents / indexSeconds,
    searches,
    adminP50Ms: adminSummary.p50,
    adminP95Ms: adminSummary.p95,
    memberP50Ms: memberSummary.p50,
    memberP95Ms: memberSummary.p95,
    commonWordP95Ms: commonSummary.p95,
    serverCpuMsPerSearch: (usage.cpuSeconds * 1000) / searches,
    serverRssMiB: usage.rssEndKiB / 1024,
  }
}

/** Copies the stopped lowdb data directory into PostgreSQL with the operators' command. */
async function copyToPostgres(dataDir: string, url: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'server/src/persistence/copyToPostgresCli.ts'),
      '--from',
      dataDir,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 16 * 1024 * 1024 },
  )
}

/** One `GET /api/recherche`, timed to the last byte; throws unless it answers 200 with results. */
async function search(
  httpUrl: string,
  session: ApiSession,
  query: string,
): Promise<{ ms: number; answer: SearchAnswer }> {
  const startedAt = now()
  const response = await fetch(`${httpUrl}/api/recherche?q=${encodeURIComponent(query)}`, {
    headers: { cookie: session.cookie },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  const ms = now() - startedAt
  if (response.status !== 200) throw new Error(`GET /api/recherche answered ${response.status}`)
  const answer = JSON.parse(text) as SearchAnswer
  if (answer.total === 0) throw new Error(`the search for « ${query} » found nothing`)
  return { ms, answer }
}

/** Waits until the search finds the document holding `marker` (the backfill's last one). */
async function untilFound(httpUrl: string, session: ApiSession, marker: string): Promise<void> {
  const deadline = now() + BACKFILL_TIMEOUT_MS
  for (;;) {
    const response = await fetch(`${httpUrl}/api/recherche?q=${marker}`, {
      headers: { cookie: session.cookie },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const answer = (await response.json()) as Partial<SearchAnswer>
    if (response.status === 200 && answer.total === 1) return
    if (now() > deadline) throw new Error(`the backfill did not index « ${marker} » in time`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** Throws if the member was shown a generated document of another CLPE that is not shared. */
function checkMemberResults(answer: SearchAnswer, dataSet: SearchDataSet, query: string): void {
  for (const result of answer.results) {
    const generated = result.id.startsWith('bench-recherche-')
    if (generated && result.spaceId !== MEMBER_SPACE && !dataSet.shared.has(result.id)) {
      throw new Error(`the member found ${result.id} of ${result.spaceId} for « ${query} »`)
    }
  }
}
