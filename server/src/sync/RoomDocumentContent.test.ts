import { afterAll, beforeAll } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate } from '@maillage/protocol'
import { describeDocumentContentContract } from '../documents/describeDocumentContentContract.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { RoomDocumentContent } from './RoomDocumentContent.ts'
import { TestSockets, createTestRegistry } from './roomTestKit.ts'

let sockets: TestSockets

beforeAll(async () => {
  sockets = await TestSockets.start()
})

afterAll(async () => {
  await sockets.close()
})

describeDocumentContentContract('RoomDocumentContent', () => {
  const store = new MemoryDocumentStore()
  // Edits of connections wait a minute before their save: long enough to read them unsaved.
  const rooms = createTestRegistry({ store, saveDelayMs: 60_000 })
  return Promise.resolve({
    content: new RoomDocumentContent({ rooms, store }),
    store,
    async editUnsaved(id, apply) {
      const peer = await sockets.connect(id, 'editor')
      const room = rooms.open(id)
      rooms.join(room, peer.connection)
      await room.load()
      const doc = new Y.Doc()
      apply(doc)
      room.receive(peer.connection, encodeUpdate(Y.encodeStateAsUpdate(doc)))
    },
    async close() {
      await Promise.allSettled(rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
    },
  })
})
