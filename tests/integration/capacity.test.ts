import WebSocket from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncLimits } from '@maillage/server'
import { metricValue } from '../helpers/metricValue.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { expectUpgradeRefusal } from '../helpers/expectUpgradeRefusal.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const HEARTBEAT_INTERVAL_MS = 100

describe('connection limits and liveness', () => {
  let server: TestServer | undefined
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []
  const start = async (limits: Partial<SyncLimits>): Promise<TestServer> => {
    server = await startServer({ limits })
    return server
  }
  const connect = (started: TestServer, documentId: string): SyncClient => {
    const client = connectClient(started.syncUrl, documentId)
    clients.push(client)
    return client
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
    await server?.close()
    server = undefined
  })

  it('refuses a connection beyond the room’s capacity with HTTP 503 SYNC_ROOM_FULL', async () => {
    const started = await start({ maxConnectionsPerRoom: 2 })
    const first = connect(started, 'doc-full')
    const second = connect(started, 'doc-full')
    await Promise.all([whenSynced(first), whenSynced(second)])

    const refusal = await expectUpgradeRefusal(`${started.syncUrl}/doc-full`)

    expect(refusal.status).toBe(503)
    expect(refusal.body).toEqual({
      error: { code: 'SYNC_ROOM_FULL', message: expect.any(String) as unknown },
    })
    // The limit is per room: another document still opens, and a place freed is taken again.
    await whenSynced(connect(started, 'doc-elsewhere'))
    first.destroy()
    await waitFor(async () => {
      expect(await metricValue(started.httpUrl, 'maillage_connections')).toBe(2)
    })
    await whenSynced(connect(started, 'doc-full'))
  })

  it('refuses a connection that would load one room too many with HTTP 503 SYNC_TOO_MANY_ROOMS', async () => {
    const started = await start({ maxRooms: 1 })
    const first = connect(started, 'doc-one')
    await whenSynced(first)

    const refusal = await expectUpgradeRefusal(`${started.syncUrl}/doc-two`)

    expect(refusal.status).toBe(503)
    expect(refusal.body).toEqual({
      error: { code: 'SYNC_TOO_MANY_ROOMS', message: expect.any(String) as unknown },
    })
    // The room already loaded still takes connections, and once it unloads another may load.
    await whenSynced(connect(started, 'doc-one'))
    for (const client of clients.splice(0)) client.destroy()
    await waitFor(async () => {
      expect(await metricValue(started.httpUrl, 'maillage_rooms')).toBe(0)
    })
    await whenSynced(connect(started, 'doc-two'))
  })

  it('terminates a socket that stops answering pings and keeps those that answer', async () => {
    const started = await start({ heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS })
    const provider = connect(started, 'doc-heartbeat')
    await whenSynced(provider)
    const healthy = await connectRawClient(started.syncUrl, 'doc-heartbeat')
    const silent = await connectRawClient(started.syncUrl, 'doc-heartbeat', {
      socket: { autoPong: false },
    })
    rawClients.push(healthy, silent)
    let pingsToHealthy = 0
    healthy.socket.on('ping', () => {
      pingsToHealthy += 1
    })

    // Missing one ping is enough: the next beat terminates the socket, without a closing handshake.
    const code = await waitFor(
      () => {
        expect(silent.socket.readyState).toBe(WebSocket.CLOSED)
        return silent.closed
      },
      { timeoutMs: 30 * HEARTBEAT_INTERVAL_MS },
    )
    expect(code).toBe(1006)

    // Several more beats later, the clients that answer are still there.
    await waitFor(() => {
      expect(pingsToHealthy).toBeGreaterThanOrEqual(5)
    })
    expect(healthy.socket.readyState).toBe(WebSocket.OPEN)
    expect(provider.provider.wsconnected).toBe(true)
    expect(await metricValue(started.httpUrl, 'maillage_connections')).toBe(2)
  })
})
