import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode, encodeUpdate } from '@maillage/protocol'
import { probeHealthz } from '../helpers/healthzLatency.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** `count` insertions at the start of the text `body` under `clientId`, each an item of its own. */
function insertionsAtStart(clientId: number, count: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const body = doc.getText('body')
  for (let index = 0; index < count; index++) body.insert(0, 'ab')
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** Edits of the real "paper" editing trace (`shared/data`): `[position, deleted, inserted?]`. */
type TraceEdit = readonly [number, number, string?]

function readTraceEdits(): readonly TraceEdit[] {
  const path = new URL('../../../shared/data/editing-trace-paper.json.gz', import.meta.url)
  const parsed = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as {
    edits: TraceEdit[]
  }
  return parsed.edits
}

describe('conflicting insertions at one place', () => {
  let server: TestServer
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server.close()
  })

  it('closes with 4400 the writer whose update would make Yjs walk for seconds, and /healthz keeps answering at once', async () => {
    server = await startServer()
    const writer = connectClient(server.syncUrl, 'doc-conflicts')
    clients.push(writer)
    await whenSynced(writer)
    // First thousands of insertions at the start under a low client id (cheap to place)…
    const first = await connectRawClient(server.syncUrl, 'doc-conflicts')
    rawClients.push(first)
    first.send(encodeUpdate(insertionsAtStart(1, 5_000)))
    await waitFor(() => {
      expect(writer.text.length).toBe(10_000)
    })

    // …then as many at the same place under a higher one: each would step over the first 5,000
    // (25 million steps of Yjs' conflict resolution, about ten seconds of one core).
    const healthz = probeHealthz(server.httpUrl)
    const attacker = await connectRawClient(server.syncUrl, 'doc-conflicts')
    rawClients.push(attacker)
    attacker.send(encodeUpdate(insertionsAtStart(2, 5_000)))
    const closedWith = await attacker.closed
    const latencies = await healthz.stop()

    expect(closedWith).toBe(CloseCode.BadMessage)
    expect(Math.max(...latencies)).toBeLessThan(1_000)
    // Nothing of it was applied, and the others go on editing.
    writer.text.insert(0, 'toujours là ')
    const reader = connectClient(server.syncUrl, 'doc-conflicts')
    clients.push(reader)
    await waitFor(() => {
      expect(reader.text.toString().startsWith('toujours là ')).toBe(true)
    })
    expect(reader.text.length).toBe('toujours là '.length + 5_000 * 2)
  })

  it('lets one writer replay 130,000 edits of a real editing trace, typing inside merged text included', async () => {
    server = await startServer({ limits: { maxMessagesPerSecond: 100_000 } })
    const edits = readTraceEdits().slice(0, 130_000)
    const writer = connectClient(server.syncUrl, 'doc-trace')
    clients.push(writer)
    await whenSynced(writer)
    let expected = ''
    for (let from = 0; from < edits.length; from += 100) {
      writer.doc.transact(() => {
        for (const [position, deleted, inserted] of edits.slice(from, from + 100)) {
          if (deleted > 0) writer.text.delete(position, deleted)
          if (inserted !== undefined) writer.text.insert(position, inserted)
          expected =
            expected.slice(0, position) + (inserted ?? '') + expected.slice(position + deleted)
        }
      })
    }
    const reader = connectClient(server.syncUrl, 'doc-trace')
    clients.push(reader)
    await waitFor(
      () => {
        expect(reader.text.length).toBe(expected.length)
      },
      { timeoutMs: 60_000 },
    )
    expect(reader.text.toString()).toBe(expected)
  })
})
