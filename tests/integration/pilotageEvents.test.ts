import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { openEventStream, type EventStream } from '../helpers/eventStream.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The live events of the open dashboards (`GET /api/pilotage/evenements`): an event
// after each indexing, only for those who may see it.

const LENS = 'clpe-62005'
const EVENTS = '/api/pilotage/evenements'
/** `EVENT_STREAM_HEARTBEAT_MS` of the server. */
const HEARTBEAT_MS = 25_000

describe('the pilotage events of the open dashboards', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let lille2: Credential
  let lens: Credential
  let admin: Credential
  const clients: SyncClient[] = []
  const streams: EventStream[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const signedIn = await Promise.all(
      ['lille', 'lille2', 'lens', 'admin'].map((name) => api.signIn(`${name}@demo.maillage.fr`)),
    )
    ;[lille, lille2, lens, admin] = signedIn.map((account) => account.credential) as [
      Credential,
      Credential,
      Credential,
      Credential,
    ]
  })

  afterAll(async () => {
    for (const stream of streams.splice(0)) stream.close()
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function follow(as: Credential | null): Promise<EventStream> {
    const stream = await openEventStream(server.httpUrl, EVENTS, as)
    streams.push(stream)
    return stream
  }

  async function createFiche(as: Credential, spaceId: string, title: string): Promise<string> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${spaceId}/documents`,
      { as, body: { kind: 'fiche-action', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  async function edit(documentId: string, as: Credential, change: (doc: Y.Doc) => void) {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, as))
    clients.push(client)
    await whenSynced(client)
    change(client.doc)
    return client
  }

  function indexEventsOf(stream: EventStream, documentId: string): unknown[] {
    return stream.events
      .filter((event) => event.event === 'index')
      .map((event) => event.data)
      .filter((data) => (data as { documentId?: unknown }).documentId === documentId)
  }

  it('answers an event stream, and refuses anonymous requests (401)', async () => {
    const stream = await follow(lille)
    expect(stream.status).toBe(200)
    expect(stream.contentType).toMatch(/^text\/event-stream/)
    await waitFor(() => {
      expect(stream.comments).toContain('connecté')
    })
    stream.close()
    const anonymous = await follow(null)
    expect(anonymous.status).toBe(401)
  })

  it('sends an index event after a person’s save, to the space and the region', async () => {
    const ownStream = await follow(lille2)
    const regionStream = await follow(admin)
    const documentId = await createFiche(lille, LILLE, 'Fiche suivie en direct')
    await edit(documentId, lille, (doc) => {
      doc.getMap('fields').set('statut', 'en-cours')
    })
    const expected = { topic: 'document', spaceId: LILLE, documentId }
    for (const stream of [ownStream, regionStream]) {
      await waitFor(() => {
        expect(indexEventsOf(stream, documentId)).toContainEqual(expected)
      })
    }
    ownStream.close()
    regionStream.close()
  })

  it('sends an index event after a measurement', async () => {
    const documentId = await createFiche(lille, LILLE, 'Fiche mesurée')
    const editor = await edit(documentId, lille, (doc) => {
      const indicator = new Y.Map<unknown>()
      indicator.set('id', 'indicateur-1')
      indicator.set('order', 1)
      indicator.set('niveau', 'realisation')
      indicator.set('mesures', new Y.Array())
      ;(doc.getMap('fields').get('indicateurs') as Y.Array<unknown>).push([indicator])
    })
    // The indicator is on the server once the save is indexed.
    await waitFor(async () => {
      const answer = await api.request(
        'POST',
        `/api/documents/${documentId}/indicateurs/indicateur-1/mesures`,
        { as: lille, body: { date: '2026-02-15', valeur: 4 } },
      )
      expect(answer.status).not.toBe(404)
    })
    expect(editor.provider.synced).toBe(true)
    const stream = await follow(admin)
    const answer = await api.request(
      'POST',
      `/api/documents/${documentId}/indicateurs/indicateur-1/mesures`,
      { as: lille, body: { date: '2026-03-15', valeur: 9 } },
    )
    expect(answer.status).toBe(201)
    await waitFor(() => {
      expect(indexEventsOf(stream, documentId)).toContainEqual({
        topic: 'document',
        spaceId: LILLE,
        documentId,
      })
    })
    stream.close()
  })

  it('sends an index event when a fiche is created, archived, restored or deleted', async () => {
    const ownStream = await follow(lille2)
    const regionStream = await follow(admin)
    const documentId = await createFiche(lille, LILLE, 'Fiche archivée puis supprimée')
    const expected = { topic: 'document', spaceId: LILLE, documentId }
    const seen = (stream: EventStream): number =>
      indexEventsOf(stream, documentId).filter(
        (data) => JSON.stringify(data) === JSON.stringify(expected),
      ).length
    await waitFor(() => {
      expect(seen(ownStream)).toBeGreaterThanOrEqual(1)
    })
    for (const action of ['archive', 'restore']) {
      const before = seen(ownStream)
      const answer = await api.request('POST', `/api/documents/${documentId}/${action}`, {
        as: lille,
      })
      expect(answer.status).toBe(200)
      await waitFor(() => {
        expect(seen(ownStream)).toBeGreaterThan(before)
      })
    }
    const beforeDeletion = seen(regionStream)
    const deleted = await api.request('DELETE', `/api/documents/${documentId}`, { as: admin })
    expect(deleted.status).toBeLessThan(300)
    await waitFor(() => {
      expect(seen(regionStream)).toBeGreaterThan(beforeDeletion)
    })
    ownStream.close()
    regionStream.close()
  })

  it('sends nothing of a space the person cannot see, but what it shared with all territories', async () => {
    const lensStream = await follow(lens)
    const regionStream = await follow(admin)
    const hidden = await createFiche(lille, LILLE, 'Fiche interne à Lille')
    const shared = await createFiche(lille, LILLE, 'Fiche partagée par Lille')
    await api.request('PATCH', `/api/documents/${shared}`, {
      as: lille,
      body: { sharedWithAll: true },
    })
    await edit(hidden, lille, (doc) => {
      doc.getMap('fields').set('statut', 'en-cours')
    })
    await edit(shared, lille, (doc) => {
      doc.getMap('fields').set('statut', 'en-cours')
    })
    // Both were indexed: the region heard them.
    await waitFor(() => {
      expect(indexEventsOf(regionStream, hidden)).not.toHaveLength(0)
      expect(indexEventsOf(regionStream, shared)).not.toHaveLength(0)
    })
    // Lens hears the shared one and its own, not the hidden one.
    const own = await createFiche(lens, LENS, 'Fiche de Lens')
    await edit(own, lens, (doc) => {
      doc.getMap('fields').set('statut', 'en-cours')
    })
    await waitFor(() => {
      expect(indexEventsOf(lensStream, own)).not.toHaveLength(0)
      expect(indexEventsOf(lensStream, shared)).not.toHaveLength(0)
    })
    expect(indexEventsOf(lensStream, hidden)).toEqual([])
    lensStream.close()
    regionStream.close()
  })

  it('holds at most 3 streams per account (429), and frees a slot when one closes', async () => {
    const [first, ...others] = await Promise.all([follow(lens), follow(lens), follow(lens)])
    const open = [first, ...others]
    expect(open.map((stream) => stream.status)).toEqual([200, 200, 200])
    const refused = await follow(lens)
    expect(refused.status).toBe(429)
    expect(refused.refusal).toMatchObject({ error: { code: 'RATE_LIMITED' } })
    // Another account is not held back.
    const other = await follow(lille2)
    expect(other.status).toBe(200)
    first.close()
    await waitFor(async () => {
      const again = await follow(lens)
      expect(again.status).toBe(200)
    })
    for (const stream of [...open, other]) stream.close()
  })

  it('ends a stream when its session ends, so that a stale access never lingers', async () => {
    const signedIn = await api.signIn('lille2@demo.maillage.fr')
    const stream = await follow(signedIn.credential)
    expect(stream.status).toBe(200)
    const other = await follow(lille2)
    const signOut = await api.request('DELETE', '/api/session', { as: signedIn.credential })
    expect(signOut.status).toBe(204)
    await stream.ended
    // Another session of the same account is not affected.
    const documentId = await createFiche(lille, LILLE, 'Fiche après la déconnexion')
    await edit(documentId, lille, (doc) => {
      doc.getMap('fields').set('statut', 'en-cours')
    })
    await waitFor(() => {
      expect(indexEventsOf(other, documentId)).not.toHaveLength(0)
    })
    other.close()
  })

  it('sends a heartbeat comment every 25 s', async () => {
    // The server's timers, with the heartbeat's 25 s shrunk to 20 ms; every other delay as it is.
    const timers = {
      now: () => Date.now(),
      setTimeout: (callback: () => void, delayMs: number) =>
        setTimeout(callback, delayMs === HEARTBEAT_MS ? 20 : delayMs),
      clearTimeout: (handle: ReturnType<typeof setTimeout>) => {
        clearTimeout(handle)
      },
    }
    const own = await startServer({ auth: 'session', demoData: true, timers })
    try {
      const signedIn = await createApiClient(own.httpUrl).signIn('lens@demo.maillage.fr')
      const stream = await openEventStream(own.httpUrl, EVENTS, signedIn.credential)
      await waitFor(() => {
        expect(
          stream.comments.filter((comment) => comment === 'toujours là').length,
        ).toBeGreaterThan(2)
      })
      stream.close()
    } finally {
      await own.close()
    }
  })

  it('ends the open streams when the server closes', async () => {
    const own = await startServer({ auth: 'session', demoData: true })
    const ownApi = createApiClient(own.httpUrl)
    const signedIn = await ownApi.signIn('lille@demo.maillage.fr')
    const stream = await openEventStream(own.httpUrl, EVENTS, signedIn.credential)
    expect(stream.status).toBe(200)
    await own.close()
    await stream.ended
  })
})
