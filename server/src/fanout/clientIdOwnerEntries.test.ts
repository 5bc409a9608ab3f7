import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SERVER_OWNER, type ClientIdOwner } from '../sync/ClientIdOwners.ts'
import { clientIdOwnerEntries } from './clientIdOwnerEntries.ts'
import { MAX_OWNER_ID_LENGTH } from './decodeEnvelope.ts'

/** An update inserting one character under each of `clientIds`, merged. */
function updateUnder(...clientIds: number[]): Uint8Array {
  const updates = clientIds.map((clientId) => {
    const doc = new Y.Doc()
    doc.clientID = clientId
    doc.getText('body').insert(0, 'x')
    return Y.encodeStateAsUpdate(doc)
  })
  return Y.mergeUpdates(updates)
}

describe('clientIdOwnerEntries', () => {
  it('lists the owner of each client id a merged update writes under, leaving unowned ids out', () => {
    const owners = new Map<number, ClientIdOwner>([
      [1, 'xavier'],
      [2, SERVER_OWNER],
      [4, 'nobody writes under me'],
    ])
    const entries = clientIdOwnerEntries(updateUnder(1, 2, 3), (id) => owners.get(id))
    expect(entries).toHaveLength(2)
    expect(entries).toEqual(
      expect.arrayContaining([
        { clientId: 1, owner: 'xavier' },
        { clientId: 2, owner: SERVER_OWNER },
      ]),
    )
  })

  it('leaves out an account id longer than the envelope accepts', () => {
    const entries = clientIdOwnerEntries(updateUnder(1), () => 'x'.repeat(MAX_OWNER_ID_LENGTH + 1))
    expect(entries).toEqual([])
  })

  it('lists no client id of an update that only deletes', () => {
    const doc = new Y.Doc()
    doc.getText('body').insert(0, 'abc')
    const before = Y.encodeStateVector(doc)
    const deletions = new Y.Doc()
    Y.applyUpdate(deletions, Y.encodeStateAsUpdate(doc))
    deletions.getText('body').delete(0, 3)
    const update = Y.encodeStateAsUpdate(deletions, before)
    expect(clientIdOwnerEntries(update, () => 'xavier')).toEqual([])
  })
})
