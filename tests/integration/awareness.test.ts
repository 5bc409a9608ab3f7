import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeAwareness, encodeQueryAwareness } from '@maillage/protocol'
import { decodeAwarenessStates } from '../helpers/decodeAwarenessStates.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

describe('awareness between real y-websocket clients', () => {
  let server: TestServer
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []
  const awarenesses: Awareness[] = []
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

  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const awareness of awarenesses.splice(0)) {
      awareness.destroy()
      awareness.doc.destroy()
    }
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server.close()
  })

  it('shows a client’s presence to the others and removes it when that client leaves', async () => {
    const alice = connect('doc-presence')
    const bob = connect('doc-presence')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    const aliceId = alice.doc.clientID

    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' })
    await waitFor(() => {
      expect(bob.provider.awareness.getStates().get(aliceId)).toEqual({ user: { name: 'Alice' } })
    })

    alice.destroy()
    await waitFor(() => {
      expect(bob.provider.awareness.getStates().has(aliceId)).toBe(false)
    })
  })

  it('removes the presence of a client whose connection drops without a goodbye', async () => {
    const bob = connect('doc-dropped')
    await whenSynced(bob)
    const zoe = await connectRaw('doc-dropped')
    const zoeAwareness = new Awareness(new Y.Doc())
    awarenesses.push(zoeAwareness)
    zoeAwareness.setLocalState({ user: { name: 'Zoé' } })
    const zoeId = zoeAwareness.clientID

    zoe.send(encodeAwareness(encodeAwarenessUpdate(zoeAwareness, [zoeId])))
    await waitFor(() => {
      expect(bob.provider.awareness.getStates().get(zoeId)).toEqual({ user: { name: 'Zoé' } })
    })

    // No awareness "null" state is sent first: only the server knows that Zoé is gone.
    zoe.socket.terminate()
    await waitFor(() => {
      expect(bob.provider.awareness.getStates().has(zoeId)).toBe(false)
    })
  })

  it('answers a query-awareness message with the states of every client of the room', async () => {
    const alice = connect('doc-query')
    const bob = connect('doc-query')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' })
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob' })
    await waitFor(() => {
      expect(alice.provider.awareness.getStates().get(bob.doc.clientID)).toEqual({
        user: { name: 'Bob' },
      })
      expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({
        user: { name: 'Alice' },
      })
    })
    const observer = await connectRaw('doc-query')
    // The greeting comes first (sync step 1, the whole state of this document nobody edited as
    // sync step 2, then the current awareness); wait for it to be over.
    await waitFor(() => {
      expect(observer.messages.map((message) => message.type)).toEqual([
        'sync-step-1',
        'sync-step-2',
        'awareness',
      ])
    })

    observer.send(encodeQueryAwareness())

    const answer = await waitFor(() => {
      const message = observer.messages[3]
      if (message?.type !== 'awareness') throw new Error('no awareness answer yet')
      return decodeAwarenessStates(message.update)
    })
    expect(answer.get(alice.doc.clientID)).toEqual({ user: { name: 'Alice' } })
    expect(answer.get(bob.doc.clientID)).toEqual({ user: { name: 'Bob' } })
  })
})
