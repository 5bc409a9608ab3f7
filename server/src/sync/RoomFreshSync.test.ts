import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, encodeSyncStep1, encodeUpdate, type DocumentId } from '@maillage/protocol'
import type { SyncGrant } from '../auth/Authenticator.ts'
import { LowdbDocumentStore } from '../persistence/LowdbDocumentStore.ts'
import { UNCOPIED_PAYLOAD_BYTES } from './Connection.ts'
import type { RoomRegistry } from './RoomRegistry.ts'
import { TestSockets, createTestRegistry, newDocumentId, type TestPeer } from './roomTestKit.ts'

const GRANTS: readonly (readonly [string, SyncGrant])[] = [
  ['a writer', { access: 'write' }],
  ['a lecteur', { access: 'read' }],
  ['a writer limited to the fields', { access: 'write', writableRoots: ['fields'] }],
  ['a lecteur who may suggest', { access: 'write', suggestOnly: true }],
]

/** Title and body of a document, as a client holding it reads them. */
function contentOf(doc: Y.Doc): { title: string; body: string } {
  return { title: doc.getText('title').toString(), body: doc.getText('body').toString() }
}

describe('a room answering fresh clients from the state it loaded', () => {
  let sockets: TestSockets
  let dataDir: string
  let store: LowdbDocumentStore
  let rooms: RoomRegistry

  beforeEach(async () => {
    sockets = await TestSockets.start()
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-fresh-sync-'))
    store = new LowdbDocumentStore(dataDir)
    rooms = createTestRegistry({ store, saveDelayMs: 60_000 })
  })
  afterEach(async () => {
    await Promise.allSettled(rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)))
    await sockets.close()
    await store.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  /** Stores a compacted document, and with `withLog` an edit logged after its snapshot. */
  async function storeDocument(id: DocumentId, withLog: boolean): Promise<Y.Doc> {
    const source = new Y.Doc()
    source.getText('title').insert(0, 'Diagnostic territorial')
    source.getText('body').insert(0, 'Atouts du bassin de Lens')
    await store.compact(id, Y.encodeStateAsUpdate(source), Y.encodeStateVector(source))
    if (withLog) {
      const logged: Uint8Array[] = []
      source.on('update', (update: Uint8Array) => logged.push(update))
      source.getText('body').insert(source.getText('body').length, ' ; faiblesses')
      await store.append(id, logged)
    }
    return source
  }

  /**
   * Joins a fresh client with `grant` to the room of `id`, sends its sync step 1, and waits for the
   * answer. The room is opened and joined in the same turn, as the sync server does: a room nobody
   * joined unloads once loaded, and a small stored document loads within that turn.
   */
  async function syncFresh(id: DocumentId, grant: SyncGrant, principal: string): Promise<TestPeer> {
    const peer = await sockets.connect(id, principal, grant)
    const room = rooms.open(id)
    rooms.join(room, peer.connection)
    room.receive(peer.connection, encodeSyncStep1(Y.encodeStateVector(peer.doc)))
    await vi.waitFor(() => {
      expect(peer.received.some((message) => message.type === 'sync-step-2')).toBe(true)
    })
    return peer
  }

  it.each([
    ['a snapshot', false],
    ['a snapshot and a log', true],
  ])(
    'gives every kind of connection the whole document stored as %s, without building it',
    async (_stored, withLog) => {
      const id = newDocumentId()
      const source = await storeDocument(id, withLog)
      const peers: TestPeer[] = []
      for (const [who, grant] of GRANTS) peers.push(await syncFresh(id, grant, who))
      const room = rooms.find(id)

      for (const peer of peers) {
        expect(contentOf(peer.doc)).toEqual(contentOf(source))
        expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector(source))
      }
      // Served from the stored bytes: the room's live document was never built.
      expect(room?.document.doc.store.clients.size).toBe(0)
    },
  )

  it('gives a fresh client a stored document larger than a copied frame whole', async () => {
    const id = newDocumentId()
    const source = new Y.Doc()
    // Incompressible text, so that the stored state is well above UNCOPIED_PAYLOAD_BYTES.
    let text = ''
    for (let index = 0; text.length < 200_000; index += 1) text += `${(index * 7919) % 104_729} `
    source.getText('body').insert(0, text)
    const state = Y.encodeStateAsUpdate(source)
    expect(state.byteLength).toBeGreaterThan(UNCOPIED_PAYLOAD_BYTES)
    await store.compact(id, state, Y.encodeStateVector(source))

    const peer = await syncFresh(id, { access: 'read' }, 'lectrice')
    expect(peer.doc.getText('body').toString()).toBe(text)
    expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector(source))
  })

  it('gives a client who joins after an edit the stored document with that edit', async () => {
    const id = newDocumentId()
    const source = await storeDocument(id, true)
    const writer = await syncFresh(id, { access: 'write' }, 'redactrice')
    writer.doc.getText('title').insert(0, 'Nouveau ')
    const edit = Y.encodeStateAsUpdate(writer.doc, Y.encodeStateVector(source))
    rooms.find(id)?.receive(writer.connection, encodeUpdate(edit))
    Y.applyUpdate(source, edit)

    for (const [who, grant] of GRANTS) {
      const peer = await syncFresh(id, grant, `${who} (après)`)
      expect(contentOf(peer.doc)).toEqual({
        title: 'Nouveau Diagnostic territorial',
        body: 'Atouts du bassin de Lens ; faiblesses',
      })
      expect(Y.encodeStateVector(peer.doc)).toEqual(Y.encodeStateVector(source))
    }
  })
})
