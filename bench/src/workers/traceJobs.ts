import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import * as Y from 'yjs'
import { now } from '../clock.ts'
import {
  applyTraceEdits,
  editCount,
  expectedTraceText,
  loadTrace,
  type EditingTrace,
} from '../trace.ts'
import type { YjsClient } from './BenchClient.ts'
import type { ClientSet } from './ClientSet.ts'
import type {
  AwaitTraceRequest,
  AwaitTraceResult,
  ReplayTraceRequest,
  ReplayTraceResult,
  SeedTraceRequest,
  SeedTraceResult,
  SyncFreshRequest,
  SyncFreshResult,
  TraceRef,
} from './workerProtocol.ts'

/** Transactions replayed between two yields to the event loop, so the socket keeps flushing. */
const TRANSACTIONS_PER_YIELD = 10

/** The trace and its expected texts, read once per worker. */
export class TraceCache {
  readonly #traces = new Map<string, EditingTrace>()
  readonly #texts = new Map<string, string>()

  trace(ref: TraceRef): EditingTrace {
    let trace = this.#traces.get(ref.path)
    if (trace === undefined) {
      trace = loadTrace(ref.path)
      this.#traces.set(ref.path, trace)
    }
    return trace
  }

  expectedText(ref: TraceRef): string {
    const key = `${ref.path}#${ref.editLimit}`
    let text = this.#texts.get(key)
    if (text === undefined) {
      text = expectedTraceText(this.trace(ref), ref.editLimit)
      this.#texts.set(key, text)
    }
    return text
  }
}

/** Replays the trace into an open client's document, `editsPerTransaction` edits per transaction. */
export async function replayTrace(
  clients: ClientSet,
  traces: TraceCache,
  request: ReplayTraceRequest,
): Promise<ReplayTraceResult> {
  const client = clients.getYjs(request.clientId)
  const trace = traces.trace(request.trace)
  const count = editCount(trace, request.trace.editLimit)
  const startedAt = now()
  let transactions = 0
  for (let from = 0; from < count; from += request.editsPerTransaction) {
    const to = Math.min(count, from + request.editsPerTransaction)
    client.doc.transact(() => {
      applyTraceEdits(client.text, trace, from, to)
    })
    transactions += 1
    if (transactions % TRANSACTIONS_PER_YIELD === 0) await yieldToEventLoop()
  }
  return { startedAt, appliedAt: now(), edits: count, transactions }
}

/** Waits until an open client's text is the trace's; throws with where they differ otherwise. */
export async function awaitTrace(
  clients: ClientSet,
  traces: TraceCache,
  request: AwaitTraceRequest,
): Promise<AwaitTraceResult> {
  const client = clients.getYjs(request.clientId)
  const matchedAt = await waitForText(client, traces.expectedText(request.trace), request.timeoutMs)
  return { matchedAt, length: client.text.length }
}

/** Opens a fresh client and times it from creation until its text is the trace's. */
export async function syncFresh(
  clients: ClientSet,
  traces: TraceCache,
  request: SyncFreshRequest,
): Promise<SyncFreshResult> {
  const expected = traces.expectedText(request.trace)
  const startedAt = now()
  const client = await clients.openOne(request.client, request.timeoutMs)
  if (client.kind !== 'yjs') throw new Error('syncFresh needs a Yjs client')
  const matchedAt = await waitForText(client, expected, request.timeoutMs)
  return { syncMs: matchedAt - startedAt }
}

/** Builds the trace's document locally, then opens a client with it, which uploads it on sync. */
export async function seedTrace(
  clients: ClientSet,
  traces: TraceCache,
  request: SeedTraceRequest,
): Promise<SeedTraceResult> {
  const trace = traces.trace(request.trace)
  const doc = new Y.Doc()
  const text = doc.getText('body')
  const count = editCount(trace, request.trace.editLimit)
  for (let from = 0; from < count; from += 1000) {
    doc.transact(() => {
      applyTraceEdits(text, trace, from, Math.min(count, from + 1000))
    })
  }
  await clients.openOne(request.client, request.timeoutMs, doc)
  return { stateBytes: Y.encodeStateAsUpdate(doc).byteLength }
}

function waitForText(client: YjsClient, expected: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      // Comparing lengths first keeps this cheap while a large document streams in.
      if (client.text.length !== expected.length) return
      if (client.text.toString() !== expected) return
      finish()
      resolve(now())
    }
    const timer = setTimeout(() => {
      finish()
      reject(new Error(describeMismatch(client.text.toString(), expected, timeoutMs)))
    }, timeoutMs)
    const finish = (): void => {
      clearTimeout(timer)
      client.doc.off('afterTransaction', check)
    }
    client.doc.on('afterTransaction', check)
    check()
  })
}

function describeMismatch(actual: string, expected: string, timeoutMs: number): string {
  let index = 0
  while (index < actual.length && actual[index] === expected[index]) index += 1
  return (
    `text is not the trace's after ${timeoutMs} ms: ${actual.length} characters instead of ` +
    `${expected.length}, first difference at ${index}: ` +
    `${JSON.stringify(actual.slice(index, index + 40))} instead of ` +
    JSON.stringify(expected.slice(index, index + 40))
  )
}
