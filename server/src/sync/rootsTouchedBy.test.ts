import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rootsTouchedBy } from './rootsTouchedBy.ts'

/** A server doc and a client doc in sync, and a way to capture the client's next update. */
function pair(setup: (doc: Y.Doc) => void = () => undefined) {
  const server = new Y.Doc()
  setup(server)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const change = (edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client)
    client.transact(() => {
      edit(client)
    })
    return Y.encodeStateAsUpdate(client, before)
  }
  return { server, client, change }
}

function withWall(doc: Y.Doc): void {
  const note = new Y.Map<unknown>()
  note.set('text', 'Premier post-it')
  note.set('votes', new Y.Map<boolean>())
  doc.getArray<Y.Map<unknown>>('wall').push([note])
  doc.getText('title').insert(0, 'Atelier REV3')
  doc.getMap('session').set('state', 'en-cours')
}

describe('rootsTouchedBy', () => {
  it('names the root a top-level insertion goes to', () => {
    const { server, change } = pair()
    const update = change((doc) => {
      doc.getText('title').insert(0, 'Diagnostic')
    })
    expect(rootsTouchedBy(server, update)).toEqual(new Set(['title']))
  })

  it('follows nested types back to their root, whether new in the update or already known', () => {
    const { server, change } = pair(withWall)
    const vote = change((doc) => {
      const note = doc.getArray<Y.Map<Y.Map<boolean>>>('wall').get(0)
      note.get('votes')?.set('compte-42', true)
    })
    expect(rootsTouchedBy(server, vote)).toEqual(new Set(['wall']))
    const newNote = change((doc) => {
      const note = new Y.Map<unknown>()
      note.set('votes', new Y.Map<boolean>())
      doc.getArray('wall').push([note])
    })
    expect(rootsTouchedBy(server, newNote)).toEqual(new Set(['wall']))
  })

  it('attributes an item inserted between neighbours (no parent in the update) to their root', () => {
    const { server, change } = pair(withWall)
    const update = change((doc) => {
      doc.getText('title').insert(3, ' — ')
    })
    expect(rootsTouchedBy(server, update)).toEqual(new Set(['title']))
  })

  it('names every root of an update touching several', () => {
    const { server, change } = pair(withWall)
    const update = change((doc) => {
      doc.getMap('session').set('state', 'terminee')
      doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
    })
    expect(rootsTouchedBy(server, update)).toEqual(new Set(['session', 'body']))
  })

  it('names the root of the live items a deletion removes', () => {
    const { server, change } = pair(withWall)
    const update = change((doc) => {
      doc.getArray('wall').delete(0, 1)
    })
    expect(rootsTouchedBy(server, update)).toEqual(new Set(['wall']))
  })

  it('ignores what the server already has: known items and deletions already applied', () => {
    const { server, client, change } = pair(withWall)
    Y.applyUpdate(
      server,
      change((doc) => {
        doc.getText('title').delete(0, 3)
      }),
    )
    // A sync step 2 after a reconnection: the client's whole delete set, plus one new wall note.
    client.getArray('wall').push(['Second post-it'])
    const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    expect(rootsTouchedBy(server, update)).toEqual(new Set(['wall']))
  })

  it('refuses to attribute an item whose parent and neighbours are unknown', () => {
    const { server, client, change } = pair(withWall)
    // The server misses the item this update builds on.
    change((doc) => {
      doc.getArray('wall').push([new Y.Map()])
    })
    const after = Y.encodeStateVector(client)
    client.getArray<Y.Map<unknown>>('wall').get(1).set('text', 'orphelin')
    const orphan = Y.encodeStateAsUpdate(client, after)
    expect(rootsTouchedBy(server, orphan)).toBeNull()
  })

  it('refuses a deletion of clocks the server has never seen', () => {
    const server = new Y.Doc()
    const other = new Y.Doc()
    other.getText('title').insert(0, 'futur')
    const deletion = new Y.Doc()
    Y.applyUpdate(deletion, Y.encodeStateAsUpdate(other))
    const before = Y.encodeStateVector(deletion)
    deletion.getText('title').delete(0, 5)
    const update = Y.encodeStateAsUpdate(deletion, before)
    expect(rootsTouchedBy(server, update)).toBeNull()
  })

  it('refuses an item overlapping clocks the server holds, forged to pass as a wall item', () => {
    const server = new Y.Doc()
    server.clientID = 1000
    withWall(server)
    const known = Y.getState(server.store, server.clientID)
    // Another client takes the server's id and writes two wall items from its last clock on…
    const forger = new Y.Doc()
    forger.clientID = server.clientID
    forger.getText('remplissage').insert(0, 'x'.repeat(known - 1))
    const before = Y.encodeStateVector(forger)
    forger.getArray('wall').insert(0, ['a', 'b'])
    const overlapping = Y.encodeStateAsUpdate(forger, before)
    // …and a second client hangs a change of the session on the clock they share.
    const follower = new Y.Doc()
    follower.clientID = 0xfffffff
    Y.applyUpdate(follower, Y.encodeStateAsUpdate(server))
    follower.getMap('session').set('pirate', true)
    const hanging = Y.encodeStateAsUpdate(follower, Y.encodeStateVector(server))

    expect(rootsTouchedBy(server, overlapping)).toBeNull()
    expect(rootsTouchedBy(server, Y.mergeUpdates([overlapping, hanging]))).toBeNull()
    expect(rootsTouchedBy(server, hanging)).toEqual(new Set(['session']))
  })

  it('resolves items that depend on each other in the reverse of their decoding order', () => {
    const writer = new Y.Doc()
    const wall = writer.getArray<number>('wall')
    // Each item has its own client id and is inserted after the previous one: decoded by client
    // id, every item comes before the one it depends on.
    for (let client = 1_000; client >= 1; client--) {
      writer.clientID = client
      wall.insert(wall.length, [client])
    }
    expect(rootsTouchedBy(new Y.Doc(), Y.encodeStateAsUpdate(writer))).toEqual(new Set(['wall']))
  })
})
