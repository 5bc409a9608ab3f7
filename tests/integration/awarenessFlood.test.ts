import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode, encodeQueryAwareness, type Message } from '@maillage/protocol'
import { awarenessFrame } from '../helpers/awarenessFrame.ts'
import type { SignedIn } from '../helpers/apiClient.ts'
import { decodeAwarenessStates } from '../helpers/decodeAwarenessStates.ts'
import { probeHealthz } from '../helpers/healthzLatency.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { useSecurityFixture } from '../helpers/securityFixture.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitForClose } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** The awareness states `client` is told about in answer to a query, by client id. */
async function askAwareness(client: RawClient): Promise<Map<number, unknown>> {
  const from = client.messages.length
  client.send(encodeQueryAwareness())
  return waitFor(() => {
    const answer = client.messages
      .slice(from)
      .find((message): message is Extract<Message, { type: 'awareness' }> => {
        return message.type === 'awareness'
      })
    if (answer === undefined) throw new Error('no answer to query-awareness yet')
    return decodeAwarenessStates(answer.update)
  })
}

describe('an awareness flood by a read-only member', () => {
  const fixture = useSecurityFixture()
  let lille: SignedIn
  let lecteur: SignedIn

  beforeAll(() => {
    ;({ lille, lecteur } = fixture.signedIn())
  })

  it('closes a lecteur announcing thousands of client ids (4413), and /healthz keeps answering at once', async () => {
    const { server } = fixture.signedIn()
    const documentId = await fixture.createLilleDocument('Diagnostic partagé')
    const writer = connectClient(server.syncUrl, documentId, {
      headers: { cookie: lille.credential.cookie, origin: server.httpUrl },
    })
    fixture.clients.push(writer)
    await whenSynced(writer)
    writer.provider.awareness.setLocalStateField('user', { name: 'Lille' })
    const flooder = await fixture.openRaw(documentId, lecteur.credential)
    const healthz = probeHealthz(server.httpUrl)

    // Each frame is within the size and rate limits: 5,000 new ids of a few bytes each.
    let nextId = 1_000_000
    for (let frame = 0; frame < 100 && flooder.socket.readyState === flooder.socket.OPEN; frame++) {
      const ids = Array.from({ length: 5_000 }, () => nextId++)
      flooder.send(awarenessFrame(ids, 1, {}))
      await new Promise((resolve) => setImmediate(resolve))
    }
    const code = await waitForClose(flooder, 5_000)
    const latencies = await healthz.stop()

    expect(code).toBe(CloseCode.TooLarge)
    expect(Math.max(...latencies)).toBeLessThan(1_000)
    // Nothing of the refused frames reached the room.
    expect(writer.provider.awareness.getStates().size).toBe(1)
    const observer = await fixture.openRaw(documentId, lecteur.credential)
    await waitFor(async () => {
      expect([...(await askAwareness(observer)).keys()]).toEqual([writer.doc.clientID])
    })
  })
})

describe('what a room keeps of the awareness of each connection', () => {
  let server: TestServer
  const rawClients: RawClient[] = []
  const stockClients: SyncClient[] = []
  const connect = async (documentId: string): Promise<RawClient> => {
    const client = await connectRawClient(server.syncUrl, documentId)
    rawClients.push(client)
    return client
  }

  afterEach(async () => {
    for (const client of stockClients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server.close()
  })

  it('lets a connection announce a handful of client ids and closes it at one more', async () => {
    server = await startServer({ limits: { maxAwarenessClientsPerConnection: 4 } })
    const tab = await connect('doc-handful')
    const observer = await connect('doc-handful')

    tab.send(awarenessFrame([11, 12], 1, { user: { name: 'Onglet' } }))
    tab.send(awarenessFrame([13, 14], 1, { user: { name: 'Autre onglet' } }))
    tab.send(awarenessFrame([11, 12], 2, { user: { name: 'Onglet, encore' } }))
    // Removals of states nobody has change nothing and take no place.
    tab.send(awarenessFrame([16, 17, 18], 1, null))
    await waitFor(async () => {
      expect([...(await askAwareness(observer)).keys()].sort()).toEqual([11, 12, 13, 14])
    })
    expect(tab.socket.readyState).toBe(tab.socket.OPEN)

    tab.send(awarenessFrame([15], 1, {}))

    expect(await waitForClose(tab)).toBe(CloseCode.TooLarge)
  })

  it('forgets every client id of a connection that leaves, clocks included, shortly after', async () => {
    server = await startServer({ limits: { departedAwarenessMs: 100 } })
    const first = await connect('doc-forget')
    const observer = await connect('doc-forget')
    first.send(awarenessFrame([21], 50, { user: { name: 'Avant' } }))
    await waitFor(async () => {
      expect((await askAwareness(observer)).get(21)).toEqual({ user: { name: 'Avant' } })
    })

    await first.close()
    await waitFor(async () => {
      expect((await askAwareness(observer)).has(21)).toBe(false)
    })
    // While the room remembers clock 50, a state of clock 1 is an old echo and changes nothing.
    const again = await connect('doc-forget')
    await waitFor(async () => {
      again.send(awarenessFrame([21], 1, { user: { name: 'Après' } }))
      expect((await askAwareness(observer)).get(21)).toEqual({ user: { name: 'Après' } })
    })
  })

  it('keeps every stock client of a busy room, though each echoes the states of all the others', async () => {
    server = await startServer({ limits: { maxAwarenessClientsPerConnection: 2 } })
    const people = Array.from({ length: 6 }, () => connectClient(server.syncUrl, 'doc-busy'))
    stockClients.push(...people)
    await Promise.all(people.map((person) => whenSynced(person)))
    people.forEach((person, index) => {
      person.provider.awareness.setLocalStateField('user', { name: `Personne ${index}` })
    })

    await waitFor(() => {
      for (const person of people) expect(person.provider.awareness.getStates().size).toBe(6)
    })
    people[0]?.provider.awareness.setLocalStateField('user', { name: 'Personne 0, encore' })
    await waitFor(() => {
      for (const person of people) {
        expect(person.provider.awareness.getStates().get(people[0]?.doc.clientID ?? 0)).toEqual({
          user: { name: 'Personne 0, encore' },
        })
      }
    })
    for (const person of people) expect(person.provider.wsconnected).toBe(true)
  })
})
