import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AtelierBreakoutView, AtelierView } from '@maillage/protocol'
import { createApiClient } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { seatHolders } from '../helpers/atelierCrowd.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { groupsOf } from '../helpers/breakoutGroupsOf.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

describe('breakout groups whose time is up', () => {
  let server: TestServer
  const clients: EditorSyncClient[] = []

  beforeAll(async () => {
    // The server's timers, but a wait of about a minute — a one-minute run of groups — is short.
    server = await startServer({
      auth: 'session',
      demoData: true,
      timers: {
        now: () => Date.now(),
        setTimeout: (callback, delayMs) =>
          setTimeout(callback, delayMs > 55_000 && delayMs <= 60_000 ? 50 : delayMs),
        clearTimeout: (handle) => {
          clearTimeout(handle)
        },
      },
    })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it('brings everyone back to the plenary by itself at the end set', async () => {
    const api = createApiClient(server.httpUrl)
    const { admin } = (await signInDemoAccounts(api, ['admin'] as const)).as
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: admin,
      body: atelierBody({ capacity: 0 }),
    })
    const { id } = created.body
    const [person] = await seatHolders(server.server.metadata, api, {
      atelierId: id,
      spaceId: LILLE,
      count: 1,
      prefix: 'minute',
    })
    await api.request('POST', `/api/ateliers/${id}/session`, {
      as: admin,
      body: { action: 'demarrer' },
    })
    const client = connectEditorClient(server.syncUrl, id, syncCredentials(server, admin).headers)
    clients.push(client)
    await whenEditorSynced(client)
    const started = await api.request<AtelierBreakoutView>('POST', `/api/ateliers/${id}/groupes`, {
      as: admin,
      body: {
        mode: 'choisi',
        groups: [{ name: 'Mobilité', memberIds: [person?.accountId] }, { name: 'Logement' }],
        durationMinutes: 1,
      },
    })
    expect(started.status).toBe(201)
    await waitFor(() => {
      expect(groupsOf(client.doc).state).toBe('terminee')
    })
    expect(client.doc.getMap('groups').get('endedAt')).toEqual(expect.any(String))
  })
})
