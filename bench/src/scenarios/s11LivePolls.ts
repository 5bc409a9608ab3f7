import { now } from '../clock.ts'
import { summarizeLatencies } from '../percentiles.ts'
import { usageBetween } from '../serverWindow.ts'
import { ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import { signIn, type ApiSession } from '../web/apiSession.ts'
import { connectDocumentClient, type DocumentClient } from '../web/documentClient.ts'
import type { BenchContext, BenchRecord } from './BenchContext.ts'
import { writeCrowd, type CrowdMember } from './liveSessionCrowd.ts'

/** Maillage with sessions and the demo accounts (the facilitator is the regional team's). */
const SESSION_ENV = { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true' } as const
const ADMIN_ACCOUNT = 'admin@demo.maillage.fr'
const LILLE = 'clpe-59004'
const REQUEST_TIMEOUT_MS = 30_000
const SEEN_TIMEOUT_MS = 10_000

interface Api {
  readonly httpUrl: string
  readonly session: ApiSession
}

/**
 * S11 live polls (Maillage only; the peers have no polls): `participants` seat holders of an
 * atelier's live session, each a stock y-websocket client of the atelier's document, and the
 * facilitator's client. For each of `polls` polls launched in turn, every participant answers
 * once, one after the other: the latency is from the answer's `PUT` returning to the facilitator's
 * Y.Doc showing the answer count it makes (the server writes the poll's live view at most every
 * 150 ms, so a burst makes few broadcasts). Then every participant answers a last poll at once:
 * the time from the first request sent to the facilitator seeing them all, and the number of
 * updates of the poll's view the facilitator received for them.
 */
export async function runLivePollsScenario(ctx: BenchContext): Promise<BenchRecord> {
  const { s11 } = ctx.sizes
  ctx.log('S11 maillage: starting')
  const errors: string[] = []
  let metrics: Record<string, number> = {}
  let server: RunningServer | undefined
  const clients: DocumentClient[] = []
  try {
    const [first] = await ctx.launcher.startMaillageProcesses(1, SESSION_ENV)
    if (first === undefined) throw new Error('Maillage did not start')
    server = first
    let crowd: CrowdMember[] = []
    server = await ctx.launcher.restartDedicated(first, {
      env: SESSION_ENV,
      beforeStart: async (dataDir) => {
        crowd = await writeCrowd(dataDir, {
          count: s11.participants,
          spaceId: LILLE,
          nowMs: Date.now(),
        })
      },
    })
    const admin: Api = {
      httpUrl: server.httpUrl,
      session: await signIn(server.httpUrl, ADMIN_ACCOUNT),
    }
    const atelier = await send(admin, 'POST', '/api/ateliers', {
      title: 'Mobilité des jeunes : le banc des sondages',
      date: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      time: '14:00',
      durationMinutes: 90,
      format: 'webinaire',
      theme: 'outils',
      intervenants: 'C2RP',
      capacity: 0,
    })
    const atelierId = field(atelier, 'id')
    const people = crowd.map((member) => ({ httpUrl: admin.httpUrl, session: member.session }))
    await Promise.all(
      people.map((api) => send(api, 'POST', `/api/ateliers/${atelierId}/inscription`)),
    )
    await send(admin, 'POST', `/api/ateliers/${atelierId}/session`, { action: 'demarrer' })
    const connect = (session: ApiSession) =>
      connectDocumentClient({
        syncUrl: server?.clientUrl ?? '',
        documentId: atelierId,
        cookie: session.cookie,
        origin: admin.httpUrl,
      })
    const facilitator = await connect(admin.session)
    clients.push(facilitator)
    for (const api of people) clients.push(await connect(api.session))

    const before = server.process.sample()
    const latencies: number[] = []
    for (let round = 0; round < s11.polls; round += 1) {
      const pollId = await launchPoll(admin, atelierId, `Question ${round + 1}`)
      for (const [index, api] of people.entries()) {
        await send(api, 'PUT', `/api/ateliers/${atelierId}/sondages/${pollId}/reponse`, {
          choices: [`o${(index % 3) + 1}`],
        })
        const answeredAt = now()
        await seen(facilitator, pollId, index + 1)
        latencies.push(now() - answeredAt)
      }
    }
    const usage = usageBetween(before, server.process.sample())
    const burst = await measureBurst(admin, facilitator, people, atelierId)
    const summary = summarizeLatencies(Float64Array.from(latencies))
    metrics = {
      participants: people.length,
      answers: latencies.length,
      answerSeenP50Ms: summary.p50,
      answerSeenP95Ms: summary.p95,
      answerSeenMaxMs: summary.max,
      burstAllSeenMs: burst.ms,
      burstViewUpdates: burst.updates,
      serverCpuMsPerAnswer: (usage.cpuSeconds * 1000) / latencies.length,
      serverRssMiB: usage.rssEndKiB / 1024,
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  for (const client of clients) client.destroy()
  try {
    if (server !== undefined) await ctx.launcher.stopDedicated(server)
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  ctx.log(`S11 maillage: ${JSON.stringify(metrics)}`)
  for (const error of errors) ctx.log(`S11 maillage: ERROR ${error}`)
  return { scenario: 'S11', server: ServerKind.Maillage, metrics, errors }
}

/** Every participant answers a new poll at once; times until the facilitator sees them all. */
async function measureBurst(
  admin: Api,
  facilitator: DocumentClient,
  people: readonly Api[],
  atelierId: string,
): Promise<{ ms: number; updates: number }> {
  const pollId = await launchPoll(admin, atelierId, 'Question en rafale')
  let updates = 0
  const polls = facilitator.doc.getMap('polls')
  const count = (): void => {
    updates += 1
  }
  polls.observe(count)
  const startedAt = now()
  await Promise.all(
    people.map((api) =>
      send(api, 'PUT', `/api/ateliers/${atelierId}/sondages/${pollId}/reponse`, {
        choices: ['o1'],
      }),
    ),
  )
  await seen(facilitator, pollId, people.length)
  const ms = now() - startedAt
  polls.unobserve(count)
  return { ms, updates }
}

async function launchPoll(admin: Api, atelierId: string, question: string): Promise<string> {
  const poll = await send(admin, 'POST', `/api/ateliers/${atelierId}/sondages`, {
    kind: 'single',
    question,
    options: [{ label: 'Le permis' }, { label: 'Les transports' }, { label: 'Le coût' }],
    anonymous: true,
  })
  const pollId = field(poll, 'id')
  await send(admin, 'POST', `/api/ateliers/${atelierId}/sondages/${pollId}/etat`, {
    action: 'lancer',
  })
  return pollId
}

/** Resolves once the client's `polls` root shows at least `answers` answers to the poll. */
function seen(client: DocumentClient, pollId: string, answers: number): Promise<void> {
  const polls = client.doc.getMap('polls')
  const reached = (): boolean => {
    const view = polls.get(pollId)
    return (
      typeof view === 'object' &&
      view !== null &&
      'answerCount' in view &&
      typeof view.answerCount === 'number' &&
      view.answerCount >= answers
    )
  }
  if (reached()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      polls.unobserve(check)
      reject(new Error(`the facilitator did not see ${answers} answers`))
    }, SEEN_TIMEOUT_MS)
    function check(): void {
      if (!reached()) return
      clearTimeout(timer)
      polls.unobserve(check)
      resolve()
    }
    polls.observe(check)
  })
}

async function send(api: Api, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${api.httpUrl}${path}`, {
    method,
    headers: {
      cookie: api.session.cookie,
      'x-csrf-token': api.session.csrfToken,
      origin: api.httpUrl,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}`)
  return text === '' ? null : (JSON.parse(text) as unknown)
}

function field(body: unknown, key: string): string {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined
  if (typeof value !== 'string') throw new Error(`no ${key} in the answer`)
  return value
}
