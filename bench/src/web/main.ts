// `npm run bench:web`: what the web app costs a person opening and editing a document — the
// JavaScript downloaded,
// the time to open a document, and keystroke-to-screen latency in a large document others are
// editing. Not a test: it prints PASS/MISS against its targets and writes bench/RESULTS-web.md.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import { Cleanup } from '../cleanup.ts'
import { now, waitFor } from '../clock.ts'
import { readEnvironment } from '../environmentInfo.ts'
import { BENCH_ROOT, REPO_ROOT } from '../paths.ts'
import { createPage, signIn } from './apiSession.ts'
import { BACKGROUND_WRITERS, startBackgroundWriters } from './backgroundWriters.ts'
import { launchBrowser, newSignedInContext, signInStorage } from './browserSession.ts'
import { connectDocumentClient } from './documentClient.ts'
import { measureDocumentJavaScript } from './documentJavaScript.ts'
import { measureDocumentTyping, measureFloorTyping } from './keystrokeLatency.ts'
import { MEASURED_OPENS, measureOpenTimes } from './openTime.ts'
import { writeLargeDocument } from './largeDocument.ts'
import { waitForQuietMachine } from '../waitForQuietMachine.ts'
import { renderWebReport, targetRows, type WebBenchResult } from './webReport.ts'
import { startWebServer } from './webServer.ts'

const ACCOUNT = 'lille@demo.maillage.fr'
const SPACE_ID = 'clpe-59004'

// Every WebsocketProvider listens to process 'exit': 20 writers are not a leak.
process.setMaxListeners(0)
const startedAt = new Date()
const startedAtClock = now()

function log(message: string): void {
  const elapsed = ((now() - startedAtClock) / 1000).toFixed(1).padStart(6)
  process.stderr.write(`[bench:web ${elapsed}s] ${message}\n`)
}

function firstParagraphText(body: Y.XmlFragment): string {
  const paragraph = body.get(0)
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined
  return text instanceof Y.XmlText ? text.toJSON() : ''
}

async function run(cleanup: Cleanup): Promise<WebBenchResult> {
  log('building the web app if needed')
  execFileSync(process.execPath, ['--import', 'tsx', 'apps/web/scripts/ensureBuilt.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const server = await startWebServer(cleanup)
  log(`server ready at ${server.httpUrl}`)
  const session = await signIn(server.httpUrl, ACCOUNT)
  const documentId = await createPage(server.httpUrl, session, {
    spaceId: SPACE_ID,
    title: 'Document de cent pages',
  })
  const connection = {
    syncUrl: server.syncUrl,
    documentId,
    cookie: session.cookie,
    origin: server.httpUrl,
  }
  const smallDocumentId = await createPage(server.httpUrl, session, {
    spaceId: SPACE_ID,
    title: 'Document d’un paragraphe',
  })
  const smallSeeder = await connectDocumentClient({ ...connection, documentId: smallDocumentId })
  writeLargeDocument(smallSeeder.doc, smallSeeder.body, 0)
  const seeder = await connectDocumentClient(connection)
  const documentCharacters = writeLargeDocument(seeder.doc, seeder.body)
  const documentParagraphs = seeder.body.length
  log(
    `document ${documentId}: ${documentCharacters} characters in ${documentParagraphs} paragraphs`,
  )

  const browser = await launchBrowser()
  try {
    const storage = await signInStorage(browser, server.httpUrl, ACCOUNT)
    const newContext = () => newSignedInContext(browser, server.httpUrl, storage)
    const javaScript = await measureDocumentJavaScript(newContext, documentId)
    log(`JavaScript to open a document: ${javaScript.totalGzipBytes} bytes gzipped`)

    await waitForQuietMachine({ maxWaitMs: 60_000, log })
    log(`opening each document ${MEASURED_OPENS} times, with an empty then a warm cache`)
    const openSmall = await measureOpenTimes(newContext, smallDocumentId)
    const openLarge = await measureOpenTimes(newContext, documentId)
    log(
      `open medians: one paragraph ${openSmall.coldMedianMs.toFixed(0)} ms cold, ` +
        `${openSmall.warmMedianMs.toFixed(0)} ms warm; large ${openLarge.coldMedianMs.toFixed(0)} ms ` +
        `cold, ${openLarge.warmMedianMs.toFixed(0)} ms warm`,
    )

    await waitForQuietMachine({ maxWaitMs: 60_000, log })
    log('typing in a bare contenteditable, a one-paragraph document, then alone in the large one')
    const aloneContext = await newContext()
    const latencyFloor = await measureFloorTyping(aloneContext)
    const latencySmall = await measureDocumentTyping(aloneContext, smallDocumentId)
    smallSeeder.destroy()
    const latencyAlone = await measureDocumentTyping(aloneContext, documentId)
    await aloneContext.close()

    const writers = await startBackgroundWriters(connection)
    await waitFor(
      () => (writers.clients.every((c) => c.body.length === documentParagraphs) ? true : undefined),
      { timeoutMs: 30_000, describe: () => 'writers did not receive the whole document' },
    )
    seeder.destroy()
    log(`${BACKGROUND_WRITERS} writers editing; typing in the browser`)
    const context = await newContext()
    const editsBefore = writers.edits()
    const openedAt = now()
    const latency = await measureDocumentTyping(context, documentId)
    const pageOpenSeconds = (now() - openedAt) / 1000
    const writerEdits = writers.edits() - editsBefore
    // The typing must have reached the others: a fast editor that loses keystrokes is no result.
    // (A space typed at the end of a line may be kept as a no-break space, as browsers insert it.)
    const reader = writers.clients[0]
    await waitFor(
      () =>
        reader !== undefined &&
        firstParagraphText(reader.body).replaceAll('\u00a0', ' ').endsWith(latency.typed)
          ? true
          : undefined,
      { timeoutMs: 10_000, describe: () => 'the typed text never reached the other clients' },
    )
    writers.stop()
    await context.close()
    const chromium = `Chromium ${browser.version()}`
    await server.process.stop()
    return {
      startedAt,
      durationSeconds: (now() - startedAtClock) / 1000,
      environment: readEnvironment(),
      chromium,
      javaScript,
      openSmall,
      openLarge,
      latencyFloor,
      latencySmall,
      latencyAlone,
      latency,
      documentCharacters,
      documentParagraphs,
      writerEdits,
      pageOpenSeconds,
    }
  } finally {
    await browser.close()
  }
}

const cleanup = new Cleanup()
cleanup.install()
let exitCode = 0
try {
  const result = await run(cleanup)
  const reportPath = join(BENCH_ROOT, 'RESULTS-web.md')
  writeFileSync(reportPath, renderWebReport(result))
  const { summary } = result.latency
  process.stdout.write(
    `${JSON.stringify({
      date: result.startedAt.toISOString(),
      documentJsGzipBytes: result.javaScript.totalGzipBytes,
      openSmallColdMs: result.openSmall.coldMedianMs,
      openSmallWarmMs: result.openSmall.warmMedianMs,
      openLargeColdMs: result.openLarge.coldMedianMs,
      openLargeWarmMs: result.openLarge.warmMedianMs,
      keystrokeAloneP95Ms: result.latencyAlone.summary.p95,
      keystrokeP50Ms: summary.p50,
      keystrokeP95Ms: summary.p95,
      keystrokeSamples: summary.count,
    })}\n`,
  )
  for (const target of targetRows(result)) {
    process.stdout.write(
      `${target.pass ? 'PASS' : 'MISS'} ${target.name}: ${target.measured} (budget ${target.budget})\n`,
    )
  }
  process.stdout.write(
    `keystroke to screen: p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms\n`,
  )
  log(`report written to ${reportPath}`)
} catch (error) {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  exitCode = 1
}
cleanup.killAll()
process.exit(exitCode)
