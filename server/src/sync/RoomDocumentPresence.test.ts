import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { RoomDocumentPresence } from './RoomDocumentPresence.ts'
import { TestSockets, createTestRegistry, newDocumentId } from './roomTestKit.ts'

let sockets: TestSockets

beforeAll(async () => {
  sockets = await TestSockets.start()
})

afterAll(async () => {
  await sockets.close()
})

describe('RoomDocumentPresence', () => {
  it('lists each account connected to a document once, and only while connected', async () => {
    const rooms = createTestRegistry({ store: new MemoryDocumentStore() })
    const presence = new RoomDocumentPresence(rooms)
    const id = newDocumentId()
    expect(await presence.connectedAccounts(id)).toEqual(new Set())
    const peers = await Promise.all([
      sockets.connect(id, 'alice'),
      sockets.connect(id, 'alice'),
      sockets.connect(id, 'bob', 'read'),
      sockets.connect(id, ''),
    ])
    const room = rooms.open(id)
    for (const peer of peers) rooms.join(room, peer.connection)
    expect(await presence.connectedAccounts(id)).toEqual(new Set(['alice', 'bob']))
    expect(await presence.connectedAccounts(newDocumentId())).toEqual(new Set())
    const [, , bob] = peers
    rooms.leave(room, bob.connection)
    expect(await presence.connectedAccounts(id)).toEqual(new Set(['alice']))
    await room.shutdown(CloseCode.GoingAway)
  })
})
