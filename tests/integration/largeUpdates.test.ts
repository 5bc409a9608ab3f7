import * as Y from 'yjs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode, encodeUpdate } from '@maillage/protocol'
import { probeHealthz } from '../helpers/healthzLatency.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * An update of `count` small insertions into the text `body`, each an item of its own (inserted
 * alternately at the start and at the end, so that Yjs cannot merge them).
 */
function manySmallItems(count: number): Uint8Array {
  const doc = new Y.Doc()
  const body = doc.getText('body')
  doc.transact(() => {
    for (let index = 0; index < count; index++) {
      body.insert(index % 2 === 0 ? 0 : body.length, 'maillage!!')
    }
  })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

describe('large updates and the event loop', () => {
  let server: TestServer
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []
  const connectRaw = async (documentId: string): Promise<RawClient> => {
    const client = await connectRawClient(server.syncUrl, documentId)
    rawClients.push(client)
    return client
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server.close()
  })

  describe('with the default limits', () => {
    // About 5 MiB of some 300,000 small items: seconds of decoding and applying on one core.
    let attack: Uint8Array
    beforeAll(() => {
      attack = encodeUpdate(manySmallItems(300_000))
      expect(attack.byteLength).toBeGreaterThan(5_000_000)
    })

    it('refuses an update of megabytes of small items before reading it, and /healthz keeps answering at once', async () => {
      server = await startServer()
      const writer = connectClient(server.syncUrl, 'doc-large')
      clients.push(writer)
      await whenSynced(writer)
      const healthz = probeHealthz(server.httpUrl)

      const outcomes: (number | 'applied')[] = []
      for (let round = 0; round < 3; round++) {
        const attacker = await connectRaw('doc-large')
        let closedWith: number | undefined
        void attacker.closed.then((code) => {
          closedWith = code
        })
        attacker.send(attack)
        // Refused (closed), or applied (the writer receives it): whichever comes first.
        outcomes.push(
          await waitFor(
            () => {
              if (closedWith !== undefined) return closedWith
              if (writer.text.length > 0) return 'applied' as const
              throw new Error('the attack is neither refused nor applied yet')
            },
            { timeoutMs: 60_000 },
          ),
        )
      }
      const latencies = await healthz.stop()

      expect(Math.max(...latencies)).toBeLessThan(1_000)
      for (const outcome of outcomes) {
        expect([CloseCode.MessageTooBig, CloseCode.TooLarge]).toContain(outcome)
      }
      // The others go on editing.
      writer.text.insert(0, 'toujours là')
      const reader = connectClient(server.syncUrl, 'doc-large')
      clients.push(reader)
      await waitFor(() => {
        expect(reader.text.toString()).toBe('toujours là')
      })
      expect(reader.text.length).toBe('toujours là'.length)
    })
  })

  it('reads a connection beyond its byte budget more slowly, and applies all it sent', async () => {
    server = await startServer({
      limits: { maxFrameBytes: 64 * 1024, maxBytesPerSecond: 128 * 1024 },
    })
    const reader = connectClient(server.syncUrl, 'doc-budget')
    clients.push(reader)
    await whenSynced(reader)
    const sender = await connectRaw('doc-budget')
    const frames = Array.from({ length: 6 }, (_, index) => {
      const doc = new Y.Doc()
      doc.getText('body').insert(0, `[${index}]${'x'.repeat(60_000)}`)
      const frame = encodeUpdate(Y.encodeStateAsUpdate(doc))
      doc.destroy()
      return frame
    })
    const totalBytes = frames.reduce((sum, frame) => sum + frame.byteLength, 0)

    const startedAt = performance.now()
    for (const frame of frames) sender.send(frame)
    await waitFor(
      () => {
        for (let index = 0; index < frames.length; index++) {
          expect(reader.text.toString()).toContain(`[${index}]`)
        }
      },
      { timeoutMs: 20_000 },
    )
    const elapsedMs = performance.now() - startedAt

    // A burst of 64 KiB, then 128 KiB/s; a paused socket may still deliver one frame it had read.
    const frameBytes = frames[0]?.byteLength ?? 0
    const soonestMs = ((totalBytes - 64 * 1024 - frameBytes) / (128 * 1024)) * 1000
    expect(elapsedMs).toBeGreaterThan(soonestMs * 0.9)
    expect(sender.socket.readyState).toBe(sender.socket.OPEN)
  })
})
