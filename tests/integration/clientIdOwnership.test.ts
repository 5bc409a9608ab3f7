import * as Y from 'yjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { CloseCode, encodeUpdate } from '@maillage/protocol'
import { awarenessFrame } from '../helpers/awarenessFrame.ts'
import type { SignedIn } from '../helpers/apiClient.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { useSecurityFixture } from '../helpers/securityFixture.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { syncCredentials, waitForClose } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * An update adding `text` at the end of `body` under client id `clientId`, at that client's next
 * clock in `known` (the state the server holds): what a forger sends.
 */
function forgedUpdate(known: Y.Doc, clientId: number, text: string): Uint8Array {
  const forger = new Y.Doc()
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(known))
  // Set afterwards: Yjs picks a new id for a document that receives items under its own.
  forger.clientID = clientId
  const body = forger.getText('body')
  body.insert(body.length, text)
  const update = Y.encodeStateAsUpdate(forger, Y.encodeStateVector(known))
  forger.destroy()
  return update
}

describe('client ids belong to whoever first used them', () => {
  const fixture = useSecurityFixture()
  let server: TestServer
  let admin: SignedIn
  let lille: SignedIn

  beforeAll(() => {
    ;({ server, admin, lille } = fixture.signedIn())
  })

  function connectAs(documentId: string, account: SignedIn, doc: Y.Doc = new Y.Doc()): SyncClient {
    const client = connectClient(server.syncUrl, documentId, {
      doc,
      ...syncCredentials(server, account.credential),
    })
    fixture.clients.push(client)
    return client
  }

  async function expectText(client: SyncClient, text: string): Promise<void> {
    await waitFor(() => {
      expect(client.text.toString()).toBe(text)
    })
  }

  it('refuses an item forged under another person’s client id (4403); that person’s offline edits then reach everyone', async () => {
    const documentId = await fixture.createLilleDocument('Plan d’action')
    const victim = connectAs(documentId, lille)
    const observer = connectAs(documentId, admin)
    await Promise.all([whenSynced(victim), whenSynced(observer)])
    victim.text.insert(0, 'Bonjour')
    await expectText(observer, 'Bonjour')
    victim.provider.disconnect()
    victim.text.insert(7, ' hors ligne')

    const forger = await fixture.openRaw(documentId, admin.credential)
    forger.send(encodeUpdate(forgedUpdate(observer.doc, victim.doc.clientID, ' falsifié')))

    expect(await waitForClose(forger, 5_000)).toBe(CloseCode.Forbidden)
    victim.provider.connect()
    await expectText(observer, 'Bonjour hors ligne')
    await expectText(victim, 'Bonjour hors ligne')
  })

  it('refuses a presence announced under another person’s client id (4403)', async () => {
    const documentId = await fixture.createLilleDocument('Présence')
    const victim = connectAs(documentId, lille)
    await whenSynced(victim)
    victim.text.insert(0, 'Nadia écrit')
    const observer = connectAs(documentId, admin)
    await expectText(observer, 'Nadia écrit')

    const forger = await fixture.openRaw(documentId, admin.credential)
    forger.send(awarenessFrame([victim.doc.clientID], 5, { user: { name: 'Nadia (fausse)' } }))

    expect(await waitForClose(forger, 5_000)).toBe(CloseCode.Forbidden)
    expect(observer.provider.awareness.getStates().get(victim.doc.clientID)).toBeUndefined()
  })

  it('keeps the ownership after the room is unloaded, and lets its owner reconnect on a new socket with offline edits', async () => {
    const documentId = await fixture.createLilleDocument('Fiche action')
    const doc = new Y.Doc()
    const first = connectAs(documentId, lille, doc)
    await whenSynced(first)
    first.text.insert(0, 'Version 1')
    await waitFor(() => {
      expect(first.provider.synced).toBe(true)
    })
    const witness = connectAs(documentId, admin)
    await expectText(witness, 'Version 1')
    first.provider.destroy()
    witness.provider.destroy()
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, 'maillage_rooms')).toBe(0)
    })
    doc.getText('body').insert(9, ', hors ligne')

    // The room is loaded again from the store: who owns the id is still known.
    const forger = await fixture.openRaw(documentId, admin.credential)
    const stored = connectAs(documentId, admin)
    await expectText(stored, 'Version 1')
    forger.send(encodeUpdate(forgedUpdate(stored.doc, doc.clientID, ' falsifiée')))
    expect(await waitForClose(forger, 5_000)).toBe(CloseCode.Forbidden)

    // The same account, a new socket, the same document and client id: its edits go through.
    const again = connectAs(documentId, lille, doc)
    await whenSynced(again)
    again.text.insert(again.text.length, ' et en ligne')
    await expectText(stored, 'Version 1, hors ligne et en ligne')
  })
})
