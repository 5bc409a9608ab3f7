import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeQueryAwareness, encodeSyncStep1 } from '@maillage/protocol'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** A client's sync step 1, as a y-websocket client holding `doc` sends it. */
const syncStep1Of = (doc: Y.Doc): Uint8Array => encodeSyncStep1(Y.encodeStateVector(doc))

describe('the greeting of a new document', () => {
  let server: TestServer
  const rawClients: RawClient[] = []
  const clients: SyncClient[] = []
  const connectRaw = async (documentId: string): Promise<RawClient> => {
    const client = await connectRawClient(server.syncUrl, documentId)
    rawClients.push(client)
    return client
  }
  const typesOf = (client: RawClient): string[] => client.messages.map((message) => message.type)

  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server.close()
  })

  it('carries the document’s whole (empty) state, and the client’s sync step 1 gets no second answer', async () => {
    const client = await connectRaw('doc-new-greeting')
    await waitFor(() => {
      expect(typesOf(client)).toEqual(['sync-step-1', 'sync-step-2'])
    })
    expect(client.messages[1]).toEqual({ type: 'sync-step-2', update: Uint8Array.of(0, 0) })
    client.send(syncStep1Of(new Y.Doc()))
    // Frames of one connection are handled in order: once the awareness answer is in, an answer
    // to the sync step 1 would be too.
    client.send(encodeQueryAwareness())
    await waitFor(() => {
      expect(typesOf(client)).toEqual(['sync-step-1', 'sync-step-2', 'awareness'])
    })
    // A later sync step 1 is answered as always.
    client.send(syncStep1Of(new Y.Doc()))
    await waitFor(() => {
      expect(typesOf(client)).toEqual(['sync-step-1', 'sync-step-2', 'awareness', 'sync-step-2'])
    })
  })

  it('leaves a document with content to the answer of the client’s sync step 1', async () => {
    const writer = connectClient(server.syncUrl, 'doc-with-content')
    clients.push(writer)
    await whenSynced(writer)
    writer.doc.getText('body').insert(0, 'Atouts du bassin de Lens')
    // The server holds the text once a client that joins after it receives it.
    const witness = connectClient(server.syncUrl, 'doc-with-content')
    clients.push(witness)
    await waitFor(() => {
      expect(witness.doc.getText('body').toString()).toBe('Atouts du bassin de Lens')
    })
    const reader = await connectRaw('doc-with-content')
    await waitFor(() => {
      expect(typesOf(reader)).toContain('sync-step-1')
    })
    reader.send(syncStep1Of(new Y.Doc()))
    const answer = await waitFor(() => {
      const message = reader.messages.find((received) => received.type === 'sync-step-2')
      if (message?.type !== 'sync-step-2') throw new Error('no sync step 2 yet')
      return message.update
    })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, answer)
    expect(doc.getText('body').toString()).toBe('Atouts du bassin de Lens')
  })
})
