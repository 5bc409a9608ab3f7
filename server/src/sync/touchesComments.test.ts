import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assertValidUpdate } from './assertValidUpdate.ts'
import { touchesComments } from './touchesComments.ts'

/** The server's document with one thread and some text, and a client holding the same. */
function setUp(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc()
  server.getMap('comments').set('t1', { id: 't1', status: 'ouvert' })
  const paragraph = new Y.XmlText()
  server.getXmlFragment('body').insert(0, [paragraph])
  paragraph.insert(0, 'Bonjour')
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

/** What `change` does to the client, as an update against the server's state. */
function updateOf(server: Y.Doc, client: Y.Doc, change: () => void): Uint8Array {
  change()
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
}

function touches(server: Y.Doc, update: Uint8Array): boolean {
  return touchesComments(server, assertValidUpdate(update))
}

describe('touchesComments', () => {
  it('lets text edits through', () => {
    const { server, client } = setUp()
    const paragraph = client.getXmlFragment('body').get(0) as Y.XmlText
    expect(
      touches(
        server,
        updateOf(server, client, () => {
          paragraph.insert(3, 'XYZ')
        }),
      ),
    ).toBe(false)
    expect(
      touches(
        server,
        updateOf(server, client, () => {
          paragraph.delete(0, 2)
        }),
      ),
    ).toBe(false)
  })

  it('sees a new thread', () => {
    const { server, client } = setUp()
    const update = updateOf(server, client, () => client.getMap('comments').set('t2', { id: 't2' }))
    expect(touches(server, update)).toBe(true)
  })

  it('sees a new thread in a document without any yet', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const update = updateOf(server, client, () => client.getMap('comments').set('t', {}))
    expect(touches(server, update)).toBe(true)
  })

  it('sees a thread replaced', () => {
    const { server, client } = setUp()
    const update = updateOf(server, client, () => client.getMap('comments').set('t1', { id: 'x' }))
    expect(touches(server, update)).toBe(true)
  })

  it('sees a thread deleted', () => {
    const { server, client } = setUp()
    const update = updateOf(server, client, () => {
      client.getMap('comments').delete('t1')
    })
    expect(touches(server, update)).toBe(true)
  })

  it('ignores threads the server already holds, re-sent whole', () => {
    const { server, client } = setUp()
    expect(touches(server, Y.encodeStateAsUpdate(client))).toBe(false)
  })
})
