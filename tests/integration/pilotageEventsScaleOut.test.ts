import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createApiClient, type ApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { openEventStream, type EventStream } from '../helpers/eventStream.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The dashboards' events across processes: a dashboard open on one process hears the
// saves and measurements made through another, by the index events shared through Redis.

const PUBLIC_ORIGIN = 'https://maillage.exemple.fr'
const EVENTS = '/api/pilotage/evenements'

describe('the pilotage events of two processes behind Redis', () => {
  let cluster: ScaledCluster
  const apis: ApiClient[] = []
  let lille: SessionCredential
  let admin: SessionCredential
  const clients: SyncClient[] = []
  const streams: EventStream[] = []

  beforeAll(async () => {
    cluster = await startScaledCluster({
      processes: 2,
      env: {
        MAILLAGE_AUTH: 'session',
        MAILLAGE_DEMO_DATA: 'true',
        MAILLAGE_ALLOWED_ORIGINS: PUBLIC_ORIGIN,
      },
    })
    for (const server of cluster.processes) apis.push(createApiClient(server.httpUrl))
    lille = (await api(0).signIn('lille@demo.maillage.fr')).credential
    admin = (await api(1).signIn('admin@demo.maillage.fr')).credential
  }, 120_000)

  afterAll(async () => {
    for (const stream of streams.splice(0)) stream.close()
    for (const client of clients.splice(0)) client.destroy()
    await cluster.dispose()
  })

  function api(index: number): ApiClient {
    const found = apis[index]
    if (found === undefined) throw new Error(`no API client for process ${index}`)
    return found
  }

  it('delivers on one process the events of a save and a measurement made on the other', async () => {
    // The region's dashboard is open on process 1.
    const stream = await openEventStream(cluster.at(1).httpUrl, EVENTS, admin)
    streams.push(stream)
    expect(stream.status).toBe(200)

    // Lille's contributeur works on process 0.
    const created = await api(0).request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'fiche-action', title: 'Fiche suivie d’un autre processus' } },
    )
    expect(created.status).toBe(201)
    const documentId = created.body.document.id
    const client = connectClient(cluster.at(0).syncUrl, documentId, {
      headers: { cookie: lille.cookie, origin: PUBLIC_ORIGIN },
    })
    clients.push(client)
    await whenSynced(client)
    const indicator = new Y.Map<unknown>()
    indicator.set('id', 'indicateur-1')
    indicator.set('order', 1)
    indicator.set('niveau', 'realisation')
    indicator.set('libelle', new Y.Text('Ateliers tenus'))
    indicator.set('mesures', new Y.Array())
    ;(client.doc.getMap('fields').get('indicateurs') as Y.Array<unknown>).push([indicator])

    const expected = { topic: 'document', spaceId: LILLE, documentId }
    const heard = (): unknown[] =>
      stream.events.filter((event) => event.event === 'index').map((event) => event.data)
    await waitFor(() => {
      expect(heard()).toContainEqual(expected)
    })
    const afterSave = heard().length

    const measured = await api(0).request(
      'POST',
      `/api/documents/${documentId}/indicateurs/indicateur-1/mesures`,
      { as: lille, body: { date: '2026-02-15', valeur: 3 } },
    )
    expect(measured.status).toBe(201)
    await waitFor(() => {
      expect(heard().slice(afterSave)).toContainEqual(expected)
    })
  })
})
