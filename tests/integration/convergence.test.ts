import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

describe('sync between real y-websocket clients', () => {
  let server: TestServer
  const clients: SyncClient[] = []
  const connect = (documentId: string): SyncClient => {
    const client = connectClient(server.syncUrl, documentId)
    clients.push(client)
    return client
  }

  beforeEach(async () => {
    server = await startServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
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
})
