import * as Y from 'yjs'
import { now } from '../clock.ts'
import { summarizeLatencies } from '../percentiles.ts'
import { usageBetween } from '../serverWindow.ts'
import { ServerKind } from '../servers/ServerKind.ts'
import type { RunningServer } from '../servers/startServer.ts'
import { createPage, signIn, type ApiSession } from '../web/apiSession.ts'
import { connectDocumentClient, type DocumentClient } from '../web/documentClient.ts'
import type { BenchContext, BenchRecord } from './BenchContext.ts'

/** Maillage with sessions and the demo accounts (the history is for signed-in editors). */
const SESSION_ENV = { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true' } as const
/** A contributeur of CLPE Lille, who edits and names versions. */
const EDITOR_ACCOUNT = 'lille@demo.maillage.fr'
/** The regional team's demo account, an editor of every space. */
const ADMIN_ACCOUNT = 'admin@demo.maillage.fr'
const LILLE = 'clpe-59004'
const REQUEST_TIMEOUT_MS = 60_000
const WAIT_TIMEOUT_MS = 120_000
/** Updates of the small document, whose listing is timed beside the big one's. */
const SMALL_DOCUMENT_UPDATES = 10
/** Words of a paragraph before the writer starts the next one. */
const WORDS_PER_PARAGRAPH = 20

/**
 * S9 version history (Maillage only; the peers keep no history): a page edited by one real
 * y-websocket client in `updates` transactions of one word each (each its own Yjs update, stored
 * as such; a paragraph every 20 words), named every tenth of the way (`namedVersions` named versions, the rate limit's
 * ten a minute), and an automatic version when the client leaves; a second page with 10 updates
 * and one named version. Then, one request at a time after a warm-up: the listing of each
 * document's versions, the content of the newest named version of the big one, and its comparison
 * of the first named version with the current state. Every answer is checked.
 */
export async function runVersionHistoryScenario(ctx: BenchContext): Promise<BenchRecord> {
  const { s9 } = ctx.sizes
  ctx.log('S9 maillage: starting')
  const errors: string[] = []
  let metrics: Record<string, number> = {}
  let server: RunningServer | undefined
  try {
    const [first] = await ctx.launcher.startMaillageProcesses(1, SESSION_ENV)
    if (first === undefined) throw new Error('Maillage did not start')
    server = first
    const api = { httpUrl: server.httpUrl, session: await signIn(server.httpUrl, EDITOR_ACCOUNT) }
    const big = await buildDocument(ctx, server, api, s9.updates, s9.namedVersions)
    // Another editor names the small page's version: the first used her ten a minute.
    const admin = { httpUrl: server.httpUrl, session: await signIn(server.httpUrl, ADMIN_ACCOUNT) }
    const small = await buildDocument(ctx, server, admin, SMALL_DOCUMENT_UPDATES, 1)
    const newest = big.named.at(-1) ?? ''
    const oldest = big.named[0] ?? ''
    const paths = {
      list: `/api/documents/${big.documentId}/versions`,
      smallList: `/api/documents/${small.documentId}/versions`,
      view: `/api/documents/${big.documentId}/versions/${newest}`,
      diff: `/api/documents/${big.documentId}/versions/${oldest}/comparaison/actuelle`,
    }
    for (let index = 0; index < s9.warmupRequests; index += 1) {
      for (const path of Object.values(paths)) await ask(api, path)
    }
    const before = server.process.sample()
    const list = await timeRequests(api, paths.list, s9.requests, (body) =>
      checkListing(body, s9.namedVersions + 1),
    )
    const usage = usageBetween(before, server.process.sample())
    const smallList = await timeRequests(api, paths.smallList, s9.requests, (body) =>
      checkListing(body, 2),
    )
    const view = await timeRequests(api, paths.view, s9.heavyRequests, (body) => {
      if (!JSON.stringify(body).includes(`mot${s9.updates - 1} `)) {
        throw new Error('the newest version does not hold the last update')
      }
    })
    const diff = await timeRequests(api, paths.diff, s9.heavyRequests, (body) => {
      if (!JSON.stringify(body).includes('"op":"insert"')) {
        throw new Error('the comparison shows no insertion')
      }
    })
    metrics = {
      updates: s9.updates,
      versions: s9.namedVersions + 1,
      listP50Ms: list.p50,
      listP95Ms: list.p95,
      smallListP50Ms: smallList.p50,
      smallListP95Ms: smallList.p95,
      viewP50Ms: view.p50,
      viewP95Ms: view.p95,
      diffP50Ms: diff.p50,
      diffP95Ms: diff.p95,
      serverCpuMsPerList: (usage.cpuSeconds * 1000) / s9.requests,
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
  ctx.log(`S9 maillage: ${JSON.stringify(metrics)}`)
  for (const error of errors) ctx.log(`S9 maillage: ERROR ${error}`)
  return { scenario: 'S9', server: ServerKind.Maillage, metrics, errors }
}

interface Api {
  readonly httpUrl: string
  readonly session: ApiSession
}

/**
 * A page written by a writer client in `updates` one-word transactions, named `named` times
 * at even steps (after an observer client saw the server hold every update so far), then left by
 * both clients so that the server writes the session's automatic version.
 */
async function buildDocument(
  ctx: BenchContext,
  server: RunningServer,
  api: Api,
  updates: number,
  named: number,
): Promise<{ documentId: string; named: string[] }> {
  const documentId = await createPage(api.httpUrl, api.session, {
    spaceId: LILLE,
    title: `Historique de ${updates} modifications`,
  })
  const connect = (): Promise<DocumentClient> =>
    connectDocumentClient({
      syncUrl: server.clientUrl,
      documentId,
      cookie: api.session.cookie,
      origin: api.httpUrl,
    })
  const writer = await connect()
  const observer = await connect()
  const versionIds: string[] = []
  const body = writer.doc.getXmlFragment('body')
  const seen = (): boolean =>
    observer.doc.getXmlFragment('body').toString().length === body.toString().length
  try {
    const step = Math.ceil(updates / named)
    let paragraph: Y.XmlText | undefined
    for (let index = 0; index < updates; index += 1) {
      // One transaction per update: 10,000 updates are 10,000 frames and 10,000 stored updates.
      // A word each, a new paragraph every WORDS_PER_PARAGRAPH words, as a person writes.
      writer.doc.transact(() => {
        if (paragraph === undefined || index % WORDS_PER_PARAGRAPH === 0) {
          const element = new Y.XmlElement('paragraph')
          paragraph = new Y.XmlText()
          element.insert(0, [paragraph])
          body.insert(body.length, [element])
        }
        paragraph.insert(paragraph.length, `mot${index} `)
      })
      if ((index + 1) % step === 0 || index === updates - 1) {
        await until(seen)
        versionIds.push(await nameVersion(api, documentId, `Étape ${versionIds.length + 1}`))
      }
    }
    // A last edit after the last named version: the session's automatic version has content of its own.
    writer.doc.transact(() => {
      paragraph?.insert(paragraph.length, 'fin.')
    })
    await until(seen)
  } finally {
    writer.destroy()
    observer.destroy()
  }
  await until(async () => (await listVersions(api, documentId)).length === versionIds.length + 1)
  ctx.log(`S9 maillage: ${documentId} written (${updates} updates, ${versionIds.length} named)`)
  return { documentId, named: versionIds }
}

async function nameVersion(api: Api, documentId: string, nom: string): Promise<string> {
  const response = await fetch(`${api.httpUrl}/api/documents/${documentId}/versions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: api.session.cookie,
      'x-csrf-token': api.session.csrfToken,
    },
    body: JSON.stringify({ nom }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const body = (await response.json()) as { version?: { id?: unknown } }
  if (response.status !== 201 || typeof body.version?.id !== 'string') {
    throw new Error(`naming a version answered ${response.status}`)
  }
  return body.version.id
}

async function listVersions(api: Api, documentId: string): Promise<unknown[]> {
  const body = (await ask(api, `/api/documents/${documentId}/versions`)).body
  return checkListing(body, null)
}

/** The versions of a listing; throws unless it is one, of `expected` versions when given. */
function checkListing(body: unknown, expected: number | null): unknown[] {
  const versions = (body as { versions?: unknown }).versions
  if (!Array.isArray(versions)) throw new Error('the listing has no versions')
  if (expected !== null && versions.length !== expected) {
    throw new Error(`the listing has ${versions.length} versions, not ${expected}`)
  }
  return versions
}

/** One GET as the editor, timed from sending it to the last byte; throws unless 200. */
async function ask(api: Api, path: string): Promise<{ ms: number; body: unknown }> {
  const startedAt = now()
  const response = await fetch(`${api.httpUrl}${path}`, {
    headers: { cookie: api.session.cookie },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  const ms = now() - startedAt
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
  return { ms, body: JSON.parse(text) as unknown }
}

async function timeRequests(
  api: Api,
  path: string,
  count: number,
  check: (body: unknown) => void,
): Promise<{ p50: number; p95: number }> {
  const latencies = new Float64Array(count)
  for (let index = 0; index < count; index += 1) {
    const answer = await ask(api, path)
    check(answer.body)
    latencies[index] = answer.ms
  }
  const summary = summarizeLatencies(latencies)
  return { p50: summary.p50, p95: summary.p95 }
}

/** Waits until `condition` holds, checking every 20 ms, or throws after `WAIT_TIMEOUT_MS`. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_TIMEOUT_MS
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('S9: a condition did not hold in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
