import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeUpdate, type DocumentId } from '@maillage/protocol'
import { describeDocumentContentContract } from '../documents/describeDocumentContentContract.ts'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore.ts'
import { RoomDocumentContent } from './RoomDocumentContent.ts'
import { TestSockets, createTestRegistry, newDocumentId } from './roomTestKit.ts'

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

/** A memory store whose appends wait until {@link release} is called. */
class HeldAppendsStore extends MemoryDocumentStore {
  #held: Promise<void>
  release: () => void = () => undefined

  constructor() {
    super()
    this.#held = new Promise((resolve) => {
      this.release = resolve
    })
  }

  override async append(id: DocumentId, updates: readonly Uint8Array[]): Promise<void> {
    await this.#held
    return super.append(id, updates)
  }
}

describe('RoomDocumentContent.delete', () => {
  it('waits for a save of the room under way, so that it cannot write the content back', async () => {
    const store = new HeldAppendsStore()
    const rooms = createTestRegistry({ store })
    const content = new RoomDocumentContent({ rooms, store })
    const id = newDocumentId()
    const saving = rooms.change(id, (doc) => {
      doc.getText('body').insert(0, 'Données à effacer')
    })
    await vi.waitFor(() => {
      expect(rooms.find(id)?.isReady).toBe(true)
    })

    const deleting = content.delete(id)
    store.release()
    await Promise.allSettled([saving, deleting])

    expect(await store.load(id)).toEqual({ updates: [], stateVector: null })
    expect(await store.list()).not.toContain(id)
  })
})
