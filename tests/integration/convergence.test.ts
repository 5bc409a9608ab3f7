import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeUpdate } from '@maillage/protocol'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { decodeText, recordUpdates } from '../helpers/decodeText.ts'
import { connectRawClient, collectUpdates, type RawClient } from '../helpers/rawClient.ts'
import { createSeededRandom, type SeededRandom } from '../helpers/seededRandom.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** Fixed so that a failure replays exactly; change it to explore other interleavings. */
const RANDOM_EDITS_SEED = 0x4d41494c
const CLIENT_COUNT = 10
const ROUNDS = 60
const EDITS_PER_ROUND = 5

describe('sync between real y-websocket clients', () => {
  let server: TestServer
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []
  const connect = (documentId: string): SyncClient => {
    const client = connectClient(server.syncUrl, documentId)
    clients.push(client)
    return client
  }
  const connectRaw = async (documentId: string): Promise<RawClient> => {
    const client = await connectRawClient(server.syncUrl, documentId)
    rawClients.push(client)
    return client
  }

  allowExitListeners(CLIENT_COUNT)
  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server.close()
  })

  it('makes two clients converge on what each types', async () => {
    const alice = connect('doc-two')
    const bob = connect('doc-two')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, 'Bonjour ')
    bob.text.insert(0, 'Lille')
    await waitFor(() => {
      expect(alice.text.toString()).toBe(bob.text.toString())
      expect(alice.text.toString()).toContain('Bonjour')
      expect(alice.text.toString()).toContain('Lille')
    })
  })

  it('makes ten clients converge after hundreds of random concurrent inserts and deletes', async () => {
    const random = createSeededRandom(RANDOM_EDITS_SEED)
    const group = Array.from({ length: CLIENT_COUNT }, () => connect('doc-random'))
    await Promise.all(group.map((client) => whenSynced(client)))
    // Three clients go offline for the middle third, so their edits reach the others late and in
    // a different order than they were made.
    const wanderers = group.slice(-3)
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round === ROUNDS / 3) for (const client of wanderers) client.provider.disconnect()
      if (round === (2 * ROUNDS) / 3) for (const client of wanderers) client.provider.connect()
      // Several clients edit within the same event-loop turn: the server sees them interleaved.
      for (let edit = 0; edit < EDITS_PER_ROUND; edit += 1) editAtRandom(random.pick(group), random)
      if (random.next() < 0.5) await yieldTurn()
    }

    await waitFor(
      () => {
        const [first, ...others] = group.map((client) => client.doc)
        if (first === undefined) throw new Error('no client')
        for (const doc of others) {
          expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(first))
          expect(doc.getText('body').toString()).toBe(first.getText('body').toString())
        }
        // Every client's own edits are in the common state, not only some of them.
        const common = Y.decodeStateVector(Y.encodeStateVector(first))
        for (const client of group) {
          expect(common.get(client.doc.clientID)).toBe(
            Y.getState(client.doc.store, client.doc.clientID),
          )
        }
      },
      { timeoutMs: 20_000 },
    )
  })

  it('sends a late joiner the whole document', async () => {
    const alice = connect('doc-late')
    const bob = connect('doc-late')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, 'Comité local pour l’emploi')
    bob.text.insert(0, 'CLPE : ')
    alice.text.delete(alice.text.length - 'emploi'.length, 'emploi'.length)
    alice.text.insert(alice.text.length, 'emploi de Lens')
    await waitFor(() => {
      expect(bob.text.toString()).toBe(alice.text.toString())
      expect(alice.text.toString()).toContain('Lens')
      expect(alice.text.toString()).toContain('CLPE')
    })

    const carol = connect('doc-late')
    await whenSynced(carol)
    expect(carol.text.toString()).toBe(alice.text.toString())
    expect(Y.encodeStateVector(carol.doc)).toEqual(Y.encodeStateVector(alice.doc))
  })

  it('merges the edits both sides made offline once they reconnect', async () => {
    const alice = connect('doc-offline-both')
    const bob = connect('doc-offline-both')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, 'Ordre du jour')
    await waitFor(() => {
      expect(bob.text.toString()).toBe('Ordre du jour')
    })

    alice.provider.disconnect()
    bob.provider.disconnect()
    alice.text.insert(0, '[Alice] ')
    bob.text.insert(bob.text.length, ' [Bob]')
    alice.provider.connect()
    bob.provider.connect()

    await waitFor(() => {
      expect(alice.text.toString()).toBe(bob.text.toString())
      expect(alice.text.toString()).toContain('[Alice] ')
      expect(alice.text.toString()).toContain(' [Bob]')
      expect(alice.text.toString()).toContain('Ordre du jour')
    })
  })

  it('merges the edits of a client that was offline with those made online meanwhile', async () => {
    const alice = connect('doc-offline-one')
    const bob = connect('doc-offline-one')
    await Promise.all([whenSynced(alice), whenSynced(bob)])

    bob.provider.disconnect()
    alice.text.insert(0, 'en ligne')
    bob.text.insert(0, 'hors ligne')
    bob.provider.connect()

    await waitFor(() => {
      expect(alice.text.toString()).toBe(bob.text.toString())
      expect(alice.text.toString()).toContain('en ligne')
      expect(alice.text.toString()).toContain('hors ligne')
    })
  })

  it('sends an edit to the other clients of the document but not back to its sender', async () => {
    const sender = await connectRaw('doc-echo')
    const receiver = await connectRaw('doc-echo')
    const local = new Y.Doc()
    const sent = recordUpdates(local)
    local.getText('body').insert(0, 'écho')
    const [update] = sent
    if (update === undefined) throw new Error('no local update')

    sender.send(encodeUpdate(update))
    await waitFor(() => {
      expect(decodeText(collectUpdates(receiver))).toBe('écho')
    })
    // The receiver's edit follows on the sender's socket, which keeps the order of its frames: had
    // the sender been sent its own edit back, it would have received it first.
    const other = new Y.Doc()
    other.getText('body').insert(0, 'réponse ')
    receiver.send(encodeUpdate(Y.encodeStateAsUpdate(other)))
    await waitFor(() => {
      expect(collectUpdates(sender)).toHaveLength(1)
    })
    expect(decodeText(collectUpdates(sender))).toBe('réponse ')
    local.destroy()
    other.destroy()
  })

  it('relays the updates one client sends within one event-loop turn as one merged message', async () => {
    const receiver = await connectRaw('doc-merge')
    const sender = await connectRaw('doc-merge')
    const local = new Y.Doc()
    const sent = recordUpdates(local)
    local.getText('body').insert(0, 'un ')
    local.getText('body').insert(3, 'deux')
    const [first, second] = sent
    if (first === undefined || second === undefined) throw new Error('expected two local updates')

    // Both frames leave in the same turn, so the server reads them before its end-of-turn flush.
    sender.send(encodeUpdate(first))
    sender.send(encodeUpdate(second))

    await waitFor(() => {
      const updates = collectUpdates(receiver)
      expect(updates).toHaveLength(1)
      expect(decodeText(updates)).toBe('un deux')
    })
    // A later update, sent in another turn, is a second message: nothing else was pending before it.
    local.getText('body').insert(7, ' trois')
    const third = sent[2]
    if (third === undefined) throw new Error('expected a third local update')
    sender.send(encodeUpdate(third))
    await waitFor(() => {
      expect(decodeText(collectUpdates(receiver))).toBe('un deux trois')
    })
    expect(collectUpdates(receiver)).toHaveLength(2)
    local.destroy()
  })
})

/** Inserts or deletes a few characters at a random place of the client's text. */
function editAtRandom(client: SyncClient, random: SeededRandom): void {
  const { text } = client
  if (text.length > 0 && random.next() < 0.35) {
    const index = random.int(text.length)
    text.delete(index, 1 + random.int(Math.min(5, text.length - index)))
    return
  }
  const alphabet = 'abcdefghijklmnopqrstuvwxyzéàç '
  let inserted = ''
  for (let count = 1 + random.int(4); count > 0; count -= 1)
    inserted += alphabet.charAt(random.int(alphabet.length))
  text.insert(random.int(text.length + 1), inserted)
}

/** Lets the event loop run once (network reads included) without waiting for any amount of time. */
function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
